package com.wuye.complaints.tasklist;

import com.wuye.complaints.complaint.Severity;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.StringJoiner;

/**
 * What a task is called in Tasklist: the step, then the complaint number, its severity and the
 * unit, e.g. {@code Handle complaint 处理投诉 · TS-20261122-0007 · 热点 HOT · 3-2-1502}, so a list can be
 * read without opening anything.
 */
public final class TaskTitles {

  static final String SEPARATOR = " · ";
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TaskTitles() {}

  public static String title(
      String currentName,
      String complaintNo,
      String severity,
      String building,
      String unit,
      String room) {
    StringJoiner title = new StringJoiner(SEPARATOR);
    title.add(step(currentName));
    if (complaintNo != null) {
      title.add(complaintNo);
    }
    if (severity != null) {
      title.add(Severity.valueOf(severity).chinese() + " " + severity);
    }
    String place = place(building, unit, room);
    if (!place.isEmpty()) {
      title.add(place);
    }
    return title.toString();
  }

  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
  private static final java.util.Map<String, String> FACILITY =
      java.util.Map.of("ORDINARY", "一般", "SAFETY", "安全设施", "LEAK", "漏水");

  /**
   * R-REP-1 a repair task: the step, the dispatch slip number, the facility type (and 紧急 for an
   * emergency), the unit and the deadline, e.g. {@code Arrive on site 到场 · PG-20261129-0003 · 漏水
   * LEAK · 紧急 · 3-2-1502 · 限 11-29 10:15}.
   */
  public static String repairTitle(
      String currentName,
      String repairNo,
      String facility,
      boolean emergency,
      String building,
      String unit,
      String room,
      Date due,
      ZoneId zone) {
    StringJoiner title = new StringJoiner(SEPARATOR);
    title.add(step(currentName));
    title.add(repairNo);
    if (facility != null) {
      title.add(FACILITY.getOrDefault(facility, "") + " " + facility);
    }
    if (emergency) {
      title.add("紧急");
    }
    String place = place(building, unit, room);
    if (!place.isEmpty()) {
      title.add(place);
    }
    if (due != null) {
      title.add("限 " + DUE.format(due.toInstant().atZone(zone)));
    }
    return title.toString();
  }

  private static String place(String building, String unit, String room) {
    StringJoiner place = new StringJoiner("-");
    for (String part : new String[] {building, unit, room}) {
      if (part != null && !part.isBlank()) {
        place.add(part);
      }
    }
    return place.toString();
  }

  /** The step's own name, without what an earlier titling added. */
  static String step(String name) {
    if (name == null) {
      return "";
    }
    int cut = name.indexOf(SEPARATOR);
    return cut < 0 ? name : name.substring(0, cut);
  }

  static String description(String step, Date due, ZoneId zone) {
    if (due == null) {
      return step;
    }
    String when = WHEN.format(due.toInstant().atZone(zone));
    return step + "：请于 " + when + " 前完成 / complete by " + when + " (" + zone + ")";
  }
}
