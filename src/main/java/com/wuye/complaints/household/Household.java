package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The household (住户) of a dwelling, with its type (R-CUST-2); its persons are {@link Customer}s.
 */
@Entity
@Table(name = "household")
class Household {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dwelling_id", nullable = false)
  private long dwellingId;

  @Column(name = "household_type", length = 32)
  private String householdType;

  protected Household() {}

  Household(long dwellingId, String householdType) {
    this.dwellingId = dwellingId;
    this.householdType = householdType;
  }

  Long getId() {
    return id;
  }

  String getHouseholdType() {
    return householdType;
  }

  void setHouseholdType(String householdType) {
    this.householdType = householdType;
  }
}
