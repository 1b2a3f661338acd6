package com.wuye.complaints.household;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit and room (单元, 房号) of a building: where a household lives. */
@Entity
@Table(name = "dwelling")
class Dwelling {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "building_id", nullable = false)
  private long buildingId;

  @Column(nullable = false, length = 20)
  private String unit;

  @Column(nullable = false, length = 20)
  private String room;

  protected Dwelling() {}

  Dwelling(long buildingId, String unit, String room) {
    this.buildingId = buildingId;
    this.unit = unit;
    this.room = room;
  }

  Long getId() {
    return id;
  }
}
