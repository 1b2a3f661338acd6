package com.wuye.complaints.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's last twelve months: closed complaints written straight into the domain tables
 * (complaint, complaint_event), as if handled before the platform went live, so the managers'
 * dashboard (R-KPI-1) has figures and a trend — satisfied and unsatisfied visits, late responses,
 * late handling, late visits, repeat complaints and escalations. Fixed seed: every demo start shows
 * the same numbers for the same day. Their numbers end in 9xxx, a range the daily numbering of live
 * complaints does not reach in the demo.
 */
@Component
class DemoHistory {

  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final String[] CATEGORIES = {
    "CLEANING",
    "NOISE",
    "REPAIR",
    "PARKING",
    "SECURITY",
    "GREENING",
    "FEES",
    "FACILITIES",
    "SERVICE_ATTITUDE",
    "DECORATION",
    "NEIGHBOUR"
  };
  private static final String[] CHANNELS = {"PHONE", "WECHAT", "APP", "WALK_IN", "LETTER"};
  private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋"};
  private static final List<String> DESCRIPTIONS =
      List.of(
          "楼道垃圾未及时清运",
          "夜间施工噪音扰民",
          "电梯故障停运",
          "车位被占用",
          "单元门禁失灵",
          "绿化带无人修剪",
          "物业费账单有误",
          "健身器材损坏",
          "前台服务态度差",
          "装修材料堆放楼道",
          "楼上漏水");

  private final JdbcTemplate jdbc;

  DemoHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional
  void create() {
    Random random = new Random(15);
    Instant now = ClockUtil.getCurrentTime().toInstant();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    int seq = 0;
    for (int monthsAgo = 11; monthsAgo >= 0; monthsAgo--) {
      LocalDate first = today.minusMonths(monthsAgo).withDayOfMonth(1);
      int count = 9 + random.nextInt(8);
      for (int i = 0; i < count; i++) {
        LocalDate day = first.plusDays(random.nextInt(first.lengthOfMonth()));
        Instant received =
            day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(ZONE).toInstant();
        Instant closed = received.plus(Duration.ofHours(48 + random.nextInt(200)));
        if (closed.isAfter(now.minus(Duration.ofDays(1)))) {
          continue;
        }
        seq++;
        write(random, received, closed, day, seq);
      }
    }
  }

  private void write(Random random, Instant received, Instant closed, LocalDate day, int seq) {
    String no =
        "TS-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-9" + String.format("%03d", seq);
    int roll = random.nextInt(100);
    String severity = roll < 68 ? "GENERAL" : roll < 88 ? "IMPORTANT" : roll < 97 ? "HOT" : "MAJOR";
    String handler =
        switch (severity) {
          case "GENERAL" -> "property-officer";
          case "IMPORTANT" -> "project-manager";
          case "HOT" -> "gm-assistant";
          default -> "general-manager";
        };
    String supervisor =
        severity.equals("GENERAL") || severity.equals("IMPORTANT")
            ? "customer-supervisor"
            : "general-affairs-manager";
    boolean huayuan = random.nextInt(100) < 60;
    String community = huayuan ? "huayuan" : "jinhu";
    String building = String.valueOf(1 + random.nextInt(huayuan ? 4 : 3));
    int category = random.nextInt(CATEGORIES.length);
    boolean repeat = random.nextInt(100) < 6;
    jdbc.update(
        con -> {
          var ps =
              con.prepareStatement(
                  "insert into complaint (version, complaint_no, channel, category, complainant_name,"
                      + " complainant_phone, community_code, building, unit, room, description, collective_size, in_litigation, media_exposed,"
                      + " litigation_or_media_risk, needs_other_departments, severity, status, handler_group, supervisor_group,"
                      + " received_by, received_at, made_at, reopen_count, problem_found, repeat_of)"
                      + " values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, false, false, false, false, ?, 'CLOSED', ?, ?, 'officer', ?, ?, 0, false, ?)");
          ps.setString(1, no);
          ps.setString(2, CHANNELS[random.nextInt(CHANNELS.length)]);
          ps.setString(3, CATEGORIES[category]);
          ps.setString(
              4, FAMILY[random.nextInt(FAMILY.length)] + GIVEN[random.nextInt(GIVEN.length)]);
          ps.setString(5, "1390099" + String.format("%04d", seq));
          ps.setString(6, community);
          ps.setString(7, building);
          ps.setString(8, String.valueOf(1 + random.nextInt(2)));
          ps.setString(9, String.valueOf((1 + random.nextInt(5)) * 100 + 1 + random.nextInt(4)));
          ps.setString(10, DESCRIPTIONS.get(category) + "（历史记录）");
          ps.setString(11, severity);
          ps.setString(12, handler);
          ps.setString(13, supervisor);
          ps.setTimestamp(14, Timestamp.from(received), UTC);
          ps.setTimestamp(15, Timestamp.from(received), UTC);
          ps.setString(
              16,
              repeat
                  ? "TS-" + day.minusDays(20).format(DateTimeFormatter.BASIC_ISO_DATE) + "-9000"
                  : null);
          return ps;
        });
    long id =
        jdbc.queryForObject("select id from complaint where complaint_no = ?", Long.class, no);
    event(id, "RECEIVED", "officer", null, received);

    // R-ESC-3: most are contacted within the day, some late
    int responseHours = random.nextInt(100) < 90 ? 1 + random.nextInt(12) : 26 + random.nextInt(20);
    Instant contact = received.plus(Duration.ofHours(responseHours));
    set(id, "first_contact_at", contact);
    if (responseHours > 24) {
      Instant due = received.plus(Duration.ofHours(24));
      set(id, "response_overdue_at", due);
      event(id, "RESPONSE_OVERDUE", null, "due " + due, due);
    }
    if (!severity.equals("GENERAL") && random.nextInt(100) < 40) {
      event(
          id,
          "ESCALATED",
          "supervisor",
          "property-officer -> " + handler + ": 业主多次来电（历史记录）",
          received.plus(Duration.ofHours(30)));
    }
    Instant handled = closed.minus(Duration.ofHours(30));
    set(id, "handled_at", handled);
    jdbc.update(
        "update complaint set handled_by = ?, handling_result = '已处理（历史记录）' where id = ?",
        handler.equals("property-officer") ? "officer" : "pm",
        id);
    event(id, "HANDLED", "officer", "已处理（历史记录）", handled);
    if (random.nextInt(100) < 9) {
      event(id, "HANDLING_OVERDUE", null, "due " + handled.minus(Duration.ofHours(6)), handled);
    }
    // R-VISIT: nearly all visited; most satisfied; an unsatisfied first visit reopened the
    // complaint
    if (random.nextInt(100) < 96) {
      int answer = random.nextInt(100);
      if (answer < 11) {
        event(
            id,
            "RETURN_VISITED",
            "visitor",
            "UNSATISFIED: 问题反复出现（历史记录）",
            closed.minus(Duration.ofHours(20)));
        event(id, "REOPENED", "visitor", null, closed.minus(Duration.ofHours(20)));
        jdbc.update("update complaint set reopen_count = 1 where id = ?", id);
      }
      String satisfaction =
          answer < 70 ? "SATISFIED" : answer < 92 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
      set(id, "visited_at", closed);
      jdbc.update(
          "update complaint set visited_by = 'visitor', satisfaction = ? where id = ?",
          satisfaction,
          id);
      event(id, "RETURN_VISITED", "visitor", satisfaction + ": 回访（历史记录）", closed);
      if (random.nextInt(100) < 5) {
        set(id, "return_visit_overdue_at", closed.minus(Duration.ofHours(2)));
        event(id, "RETURN_VISIT_OVERDUE", null, null, closed.minus(Duration.ofHours(2)));
      }
    }
    set(id, "closed_at", closed);
    event(id, "CLOSED", null, null, closed);
  }

  private void set(long id, String column, Instant value) {
    jdbc.update(
        "update complaint set " + column + " = ? where id = ?",
        ps -> {
          ps.setTimestamp(1, Timestamp.from(value), UTC);
          ps.setLong(2, id);
        });
  }

  private void event(long id, String type, String actor, String detail, Instant at) {
    jdbc.update(
        "insert into complaint_event (complaint_id, event_type, actor, detail, occurred_at) values (?, ?, ?, ?, ?)",
        ps -> {
          ps.setLong(1, id);
          ps.setString(2, type);
          ps.setString(3, actor);
          ps.setString(4, detail);
          ps.setTimestamp(5, Timestamp.from(at), UTC);
        });
  }
}
