package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A person of a household (业主/住户) with their phones (stored as complaint/Phones normalises them)
 * and their customer category (R-CUST-1) — who set it, why and when; every setting is also a row of
 * {@link CategoryChange}. Personal data: shown in full only to those who keep the register
 * (R-CUST-5).
 */
@Entity
@Table(name = "customer")
class Customer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "household_id", nullable = false)
  private long householdId;

  @Column(nullable = false, length = 50)
  private String name;

  @Column(nullable = false, length = 20)
  private String phone;

  @Column(name = "other_phone", length = 20)
  private String otherPhone;

  @Column(length = 20)
  private String relation;

  @Column(name = "move_in_date")
  private LocalDate moveInDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 1)
  private CustomerCategory category;

  @Column(name = "category_reason", length = 200)
  private String categoryReason;

  @Column(name = "category_set_by", nullable = false, length = 64)
  private String categorySetBy;

  @Column(name = "category_set_at", nullable = false)
  private Instant categorySetAt;

  protected Customer() {}

  Customer(long householdId, String name, String phone) {
    this.householdId = householdId;
    this.name = name;
    this.phone = phone;
  }

  /**
   * R-CUST-1: sets the category with its reason, who and when; the caller writes the history row.
   */
  void categorise(CustomerCategory category, String reason, String by, Instant at) {
    this.category = category;
    this.categoryReason = reason;
    this.categorySetBy = by;
    this.categorySetAt = at;
  }

  /**
   * PIPL erasure: name, phones, relation, move-in date and the category's reason go; the category
   * stays for the statistics.
   */
  void anonymise(String name, String phone) {
    this.name = name;
    this.phone = phone;
    this.otherPhone = null;
    this.relation = null;
    this.moveInDate = null;
    this.categoryReason = null;
  }

  Long getId() {
    return id;
  }

  long getHouseholdId() {
    return householdId;
  }

  String getName() {
    return name;
  }

  String getPhone() {
    return phone;
  }

  String getOtherPhone() {
    return otherPhone;
  }

  String getRelation() {
    return relation;
  }

  LocalDate getMoveInDate() {
    return moveInDate;
  }

  CustomerCategory getCategory() {
    return category;
  }

  String getCategoryReason() {
    return categoryReason;
  }

  String getCategorySetBy() {
    return categorySetBy;
  }

  Instant getCategorySetAt() {
    return categorySetAt;
  }

  void setName(String name) {
    this.name = name;
  }

  void setPhone(String phone) {
    this.phone = phone;
  }

  void setOtherPhone(String otherPhone) {
    this.otherPhone = otherPhone;
  }

  void setRelation(String relation) {
    this.relation = relation;
  }

  void setMoveInDate(LocalDate moveInDate) {
    this.moveInDate = moveInDate;
  }
}
