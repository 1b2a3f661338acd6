package com.wuye.complaints.community;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A managed community (小区 / 管理处). A building number means nothing without it. */
@Entity
@Table(name = "community")
public class Community {

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 100)
  private String name;

  protected Community() {
  }

  public Community(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
}
