package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A building (楼栋) of a community; its name is what the intake's location.building says. */
@Entity
@Table(name = "building")
class Building {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "community_code", nullable = false, length = 32)
  private String communityCode;

  @Column(nullable = false, length = 20)
  private String name;

  protected Building() {}

  Building(String communityCode, String name) {
    this.communityCode = communityCode;
    this.name = name;
  }

  Long getId() {
    return id;
  }

  String getCommunityCode() {
    return communityCode;
  }

  String getName() {
    return name;
  }
}
