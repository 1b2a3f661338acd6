package com.wuye.complaints.household;

/** A customer with where they live, for views and searches. */
record Located(
    Customer customer,
    String community,
    String building,
    String unit,
    String room,
    String householdType) {}
