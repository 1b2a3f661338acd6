package com.wuye.complaints.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Valid request bodies of the two intakes, as a client sends them, for the web slices and the
 * scenarios over HTTP alike: each test changes what its case is about. Every body is a new mutable
 * map (nested maps too).
 */
public final class RequestBodies {

  private RequestBodies() {}

  /** A GENERAL cleaning complaint (POST /api/complaints) from 张伟 in huayuan. */
  public static Map<String, Object> complaint(String phone, String building) {
    return fields(
        "channel", "APP",
        "complainant", fields("name", "张伟", "phone", phone),
        "location", place(building, "2", "1502"),
        "category", "CLEANING",
        "description", "垃圾两天未清运");
  }

  /** A household repair request (POST /api/repairs, R-REP-1) by phone, a kitchen pipe leaking. */
  public static Map<String, Object> repair(
      String name, String phone, String building, String unit, String room) {
    return fields(
        "channel", "PHONE",
        "requester", fields("name", name, "phone", phone),
        "location", place(building, unit, room),
        "kind", "HOUSEHOLD",
        "description", "厨房水管漏水");
  }

  /**
   * A customer of the register (POST /api/customers) in huayuan, with more fields if given (name,
   * value, …).
   */
  public static Map<String, Object> customer(
      String name,
      Object phone,
      Object building,
      String unit,
      String room,
      String category,
      Object... more) {
    Map<String, Object> customer =
        fields(
            "name",
            name,
            "phone",
            phone,
            "community",
            "huayuan",
            "building",
            building,
            "unit",
            unit,
            "room",
            room,
            "category",
            category);
    customer.putAll(fields(more));
    return customer;
  }

  /** A place in huayuan. */
  private static Map<String, Object> place(String building, String unit, String room) {
    return fields("community", "huayuan", "building", building, "unit", unit, "room", room);
  }

  /** A JSON object with these fields, in this order: name, value, name, value… */
  public static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }
}
