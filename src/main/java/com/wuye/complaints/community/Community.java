package com.wuye.complaints.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A managed community (小区 / 管理处). A building number means nothing without it. Master data kept by
 * the administrator (/api/communities, Cockpit's 小区 page); an inactive one takes no new complaints.
 */
@Entity
@Table(name = "community")
public class Community {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(length = 200)
  private String address;

  /** Number of households, the base of the complaint rate; null when not known yet. */
  private Integer households;

  @Column(nullable = false)
  private boolean active = true;

  protected Community() {}

  public Community(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public Community(String code, String name, String address, Integer households) {
    this(code, name);
    this.address = address;
    this.households = households;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public Integer getHouseholds() {
    return households;
  }

  public boolean isActive() {
    return active;
  }

  void setName(String name) {
    this.name = name;
  }

  void setAddress(String address) {
    this.address = address;
  }

  void setHouseholds(Integer households) {
    this.households = households;
  }

  void setActive(boolean active) {
    this.active = active;
  }
}
