package com.wuye.complaints.demo;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.identity.Groups;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A dozen sample complaints, each driven through the real process to a different stage. */
@Component
class DemoComplaints {

  enum Stage {
    VERIFY,
    HANDLE,
    FEEDBACK,
    VISIT,
    CLOSED,
    REOPENED
  }

  record Sample(
      Stage stage,
      String channel,
      String category,
      String name,
      String phone,
      String community,
      String building,
      String unit,
      String room,
      String description,
      int people,
      boolean otherDepartments,
      boolean mediaExposed) {}

  private static final List<Sample> SAMPLES =
      List.of(
          new Sample(
              Stage.VERIFY,
              "PHONE",
              "NOISE",
              "张伟",
              "13800001111",
              "huayuan",
              "3",
              "2",
              "1502",
              "楼上装修噪音，晚上十点后仍在施工",
              1,
              false,
              false),
          new Sample(
              Stage.HANDLE,
              "WECHAT",
              "CLEANING",
              "李娜",
              "13800002222",
              "huayuan",
              "5",
              "1",
              "301",
              "垃圾桶连续两天未清运，异味严重",
              1,
              false,
              false),
          new Sample(
              Stage.HANDLE,
              "APP",
              "REPAIR",
              "王芳",
              "13800003333",
              "jinhu",
              "2",
              "1",
              "802",
              "电梯一周内三次停运，需要工程部和电梯维保单位共同处理",
              1,
              true,
              false),
          new Sample(
              Stage.VERIFY,
              "WALK_IN",
              "PARKING",
              "刘洋",
              "13800004444",
              "jinhu",
              "1",
              "3",
              "1101",
              "地库车位被外来车辆长期占用，四户业主联名投诉",
              4,
              false,
              false),
          new Sample(
              Stage.HANDLE,
              "PHONE",
              "SECURITY",
              "陈静",
              "13800005555",
              "huayuan",
              "8",
              "1",
              "201",
              "单元门禁损坏一个月，已被本地媒体报道",
              1,
              false,
              true),
          new Sample(
              Stage.FEEDBACK,
              "APP",
              "GREENING",
              "杨磊",
              "13800006666",
              "huayuan",
              "3",
              "1",
              "602",
              "楼下绿化带杂草丛生，蚊虫多",
              1,
              false,
              false),
          new Sample(
              Stage.VISIT,
              "LETTER",
              "FEES",
              "赵敏",
              "13800007777",
              "jinhu",
              "6",
              "2",
              "1203",
              "物业费账单多收了一个月",
              1,
              false,
              false),
          new Sample(
              Stage.CLOSED,
              "STAFF_RELAY",
              "SERVICE_ATTITUDE",
              "黄强",
              "13800008888",
              "huayuan",
              "2",
              "1",
              "101",
              "前台人员态度生硬",
              1,
              false,
              false),
          new Sample(
              Stage.CLOSED,
              "FAX",
              "FACILITIES",
              "周杰",
              "13800009999",
              "jinhu",
              "3",
              "1",
              "502",
              "儿童游乐设施螺丝松动",
              1,
              false,
              false),
          new Sample(
              Stage.REOPENED,
              "NIGHT_SHIFT",
              "DECORATION",
              "吴刚",
              "13900001111",
              "huayuan",
              "5",
              "2",
              "1801",
              "邻居装修占用消防通道堆放材料",
              1,
              false,
              false),
          new Sample(
              Stage.VISIT,
              "PHONE",
              "NEIGHBOUR",
              "郑丽",
              "13900002222",
              "jinhu",
              "2",
              "2",
              "402",
              "楼上住户阳台滴水",
              1,
              false,
              false),
          new Sample(
              Stage.VERIFY,
              "APP",
              "NOISE",
              "孙明",
              "13900003333",
              "huayuan",
              "3",
              "2",
              "1402",
              "夜间装修噪音影响休息",
              1,
              false,
              false));

  /** The demo user who works the tasks of each handling group. */
  private static final Map<String, String> HANDLER_BY_GROUP =
      Map.of(
          Groups.PROPERTY_OFFICER, "officer",
          Groups.PROJECT_MANAGER, "pm",
          Groups.GM_ASSISTANT, "gmassistant",
          Groups.GENERAL_MANAGER, "gm");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoWork work;

  DemoComplaints(RuntimeService runtime, TaskService tasks, DemoWork work) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.work = work;
  }

  /**
   * R-KPI-1 two complaints received days ago, so the managers' dashboard has late work now: one
   * still awaiting verification after three days (its response deadline passes), one verified nine
   * days ago and still in handling (its handling step is past due, and the seven-day timer raises
   * it to HOT, R-ESC-2). The engine clock is set back while they are received, then reset; their
   * timers fall due at once.
   */
  private static final List<Sample> AGED =
      List.of(
          new Sample(
              Stage.VERIFY,
              "PHONE",
              "PARKING",
              "钱红",
              "13900004444",
              "jinhu",
              "3",
              "1",
              "701",
              "消防通道被私家车长期占用",
              1,
              false,
              false),
          new Sample(
              Stage.HANDLE,
              "WECHAT",
              "FACILITIES",
              "冯军",
              "13900005555",
              "huayuan",
              "4",
              "2",
              "1001",
              "小区路灯大面积不亮，夜间出行不便",
              1,
              false,
              false));

  private static final int[] AGED_DAYS = {3, 9};

  void create() {
    SAMPLES.forEach(this::drive);
    java.util.Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
    try {
      for (int i = 0; i < AGED.size(); i++) {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
            new java.util.Date(now.getTime() - java.time.Duration.ofDays(AGED_DAYS[i]).toMillis()));
        drive(AGED.get(i));
      }
    } finally {
      org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
  }

  private void drive(Sample s) {
    Map<String, Object> intake = new HashMap<>();
    intake.put(CHANNEL, s.channel());
    intake.put(CATEGORY, s.category());
    // R-CUST-5: transient, as the intake form and the API send them
    intake.put(
        COMPLAINANT_NAME, org.camunda.bpm.engine.variable.Variables.stringValue(s.name(), true));
    intake.put(
        COMPLAINANT_PHONE, org.camunda.bpm.engine.variable.Variables.stringValue(s.phone(), true));
    intake.put(COMMUNITY, s.community());
    intake.put(BUILDING, s.building());
    intake.put(UNIT, s.unit());
    intake.put(ROOM, s.room());
    intake.put(DESCRIPTION, s.description());
    intake.put(COLLECTIVE_SIZE, s.people());
    intake.put(NEEDS_OTHER_DEPARTMENTS, s.otherDepartments());
    intake.put(MEDIA_EXPOSED, s.mediaExposed());
    String receiver = "NIGHT_SHIFT".equals(s.channel()) ? "monitor" : "officer";
    String pid = work.as(receiver, () -> runtime.startProcessInstanceByKey(KEY, intake).getId());
    if (s.stage() == Stage.VERIFY) {
      return;
    }
    if ("UserTask_HandleAtNight".equals(openTask(pid).getTaskDefinitionKey())) {
      // R-IN-4 taken at night (the demo was started at night): the monitoring room verified it
      complete(pid, "monitor", Map.of(NIGHT_NOTE, "夜班已到现场查看，情况属实"));
    } else {
      complete(pid, "supervisor", Map.of(VERIFICATION_NOTE, "已电话核实，情况属实"));
    }
    if (s.stage() == Stage.HANDLE) {
      return;
    }
    String handler = HANDLER_BY_GROUP.get((String) runtime.getVariable(pid, HANDLER_GROUP));
    complete(pid, handler, Map.of(HANDLING_RESULT, "已安排人员现场处理完毕"));
    if (s.stage() == Stage.FEEDBACK) {
      return;
    }
    complete(pid, handler, Map.of(FEEDBACK_METHOD, "PHONE", FEEDBACK_NOTE, "已电话告知业主处理结果"));
    if (s.stage() == Stage.VISIT) {
      return;
    }
    if (s.stage() == Stage.CLOSED) {
      complete(pid, "visitor", Map.of(SATISFACTION, "SATISFIED", VISIT_COMMENT, "业主表示满意"));
    } else {
      complete(pid, "visitor", Map.of(SATISFACTION, "UNSATISFIED", VISIT_COMMENT, "材料仍堆放在通道内"));
    }
  }

  private Task openTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void complete(String processInstanceId, String user, Map<String, Object> variables) {
    work.complete(openTask(processInstanceId), user, variables);
  }
}
