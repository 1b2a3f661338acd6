package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * R-CUST-2: one of the household types, a code list kept in the table household_type (eight rows).
 */
@Entity
@Table(name = "household_type")
class HouseholdType {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  protected HouseholdType() {}

  String getCode() {
    return code;
  }

  String getName() {
    return name;
  }
}
