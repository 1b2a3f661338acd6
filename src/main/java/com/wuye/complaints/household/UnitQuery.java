package com.wuye.complaints.household;

import jakarta.validation.constraints.Size;

/**
 * The dwelling a search of the register names, as query parameters {@code community}, {@code
 * building}, {@code unit} and {@code room}, each optional and bounded as the register stores them;
 * the same four for the customer search and the caller recognition.
 */
record UnitQuery(
    @Size(max = 32, message = "invalid.household.community-most-32-characters") String community,
    @Size(max = 20, message = "invalid.household.building-most-20-characters") String building,
    @Size(max = 20, message = "invalid.household.unit-most-20-characters") String unit,
    @Size(max = 20, message = "invalid.household.room-most-20-characters") String room) {}
