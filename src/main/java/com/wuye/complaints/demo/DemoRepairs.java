package com.wuye.complaints.demo;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Repair orders (issue 17) at every stage of process repair-order in both demo communities, each
 * started with the variables of the Tasklist start form (forms/repair-intake.form) and driven
 * through the real process by the demo user of each step, so engineering's Tasklist filters, the
 * service centre and the supervisors have work to open. A missed arrival and an overdue fix are
 * real: their requests are received with the engine clock set back, and their timers fire (notices
 * go to the outbox).
 */
@Component
class DemoRepairs {

  private static final Logger log = LoggerFactory.getLogger(DemoRepairs.class);

  /** Where each demo order stops. */
  enum Stage {
    /** waiting for the technician to arrive (R-REP-2) */
    ARRIVAL,
    /** the arrival was missed; the service centre booked a time (R-REP-2) */
    BOOKED,
    /** diagnosed as paid work awaiting approval (R-REP-4) */
    APPROVAL,
    /** being fixed (R-REP-3) */
    FIXING,
    /** fixed, awaiting the customer's sign-off (R-REP-5) */
    SIGN_OFF,
    /** signed off, awaiting the return visit (R-REP-5, R-VISIT-4) */
    VISIT,
    /** visited, awaiting the sampled visits (R-REP-6) */
    SAMPLED,
    /** closed after a satisfied visit */
    CLOSED,
    /** reopened after an unsatisfied visit (R-VISIT-2) */
    REOPENED
  }

  /** One demo order; {@code hoursAgo}: how long before now the request was received. */
  record Sample(
      Stage stage,
      String community,
      String channel,
      String name,
      String phone,
      String building,
      String unit,
      String room,
      String kind,
      String size,
      String facility,
      boolean emergency,
      String description,
      int hoursAgo) {

    /** The same sample, received the given hours ago. */
    Sample receivedHoursAgo(int hours) {
      return new Sample(
          stage,
          community,
          channel,
          name,
          phone,
          building,
          unit,
          room,
          kind,
          size,
          facility,
          emergency,
          description,
          hours);
    }
  }

  private static final String[] NAMES = {
    "孙丽", "周强", "吴敏", "郑浩", "王磊", "冯静", "陈晨", "褚涛", "卫红", "蒋波", "沈洁", "韩冰", "杨帆", "朱琳", "秦岭", "许诺",
    "何平", "吕雪"
  };

  // declared before SAMPLES: the sample factories read them while SAMPLES is initialised
  private static int next;

  private static final List<Sample> SAMPLES =
      List.of(
          household(
              Stage.ARRIVAL,
              "huayuan",
              "13700000101",
              "2",
              "1",
              "1201",
              "LEAK",
              true,
              "卫生间水管爆裂，正在漏水"),
          household(
              Stage.ARRIVAL, "jinhu", "13700000102", "5", "2", "603", "ORDINARY", false, "卧室灯不亮"),
          household(
              Stage.BOOKED, "huayuan", "13700000103", "6", "1", "402", "ORDINARY", false, "厨房插座无电"),
          household(Stage.BOOKED, "jinhu", "13700000104", "1", "1", "901", "LEAK", false, "阳台地漏返水"),
          household(
              Stage.APPROVAL,
              "huayuan",
              "13700000105",
              "3",
              "2",
              "1003",
              "LEAK",
              false,
              "淋浴花洒漏水，需更换"),
          household(
              Stage.APPROVAL,
              "jinhu",
              "13700000106",
              "4",
              "1",
              "502",
              "SAFETY",
              false,
              "入户门锁损坏，需定制维修"),
          publicFacility(
              Stage.FIXING, "huayuan", "13700000107", "8", "MEDIUM", "ORDINARY", "8号楼单元门闭门器损坏", 2),
          household(
                  Stage.FIXING,
                  "jinhu",
                  "13700000108",
                  "2",
                  "1",
                  "302",
                  "ORDINARY",
                  false,
                  "马桶水箱不停流水")
              .receivedHoursAgo(10),
          household(
              Stage.SIGN_OFF,
              "huayuan",
              "13700000109",
              "5",
              "1",
              "1501",
              "ORDINARY",
              false,
              "下水道堵塞"),
          publicFacility(
              Stage.SIGN_OFF, "jinhu", "13700000110", "3", "SMALL", "SAFETY", "3号楼楼道应急灯不亮", 2),
          household(
              Stage.VISIT, "huayuan", "13700000111", "7", "2", "701", "LEAK", false, "暖气阀门滴水"),
          household(
              Stage.VISIT, "jinhu", "13700000112", "6", "1", "1102", "ORDINARY", false, "纱窗破损"),
          household(
              Stage.SAMPLED,
              "huayuan",
              "13700000113",
              "1",
              "2",
              "202",
              "ORDINARY",
              false,
              "空气开关频繁跳闸"),
          household(
              Stage.SAMPLED, "jinhu", "13700000114", "2", "2", "803", "ORDINARY", false, "卫生间角阀漏水"),
          household(
              Stage.CLOSED, "huayuan", "13700000115", "4", "1", "601", "ORDINARY", false, "门窗合页松动"),
          household(
              Stage.CLOSED, "jinhu", "13700000116", "5", "1", "1401", "ORDINARY", false, "水龙头关不严"),
          household(
              Stage.REOPENED,
              "huayuan",
              "13700000117",
              "9",
              "1",
              "1702",
              "LEAK",
              false,
              "厨房水槽下方渗水"),
          household(
              Stage.REOPENED,
              "jinhu",
              "13700000118",
              "1",
              "2",
              "1203",
              "ORDINARY",
              false,
              "开关面板松动"));

  /** The demo user who makes the sampled visits of each sampler group (R-REP-6). */
  private static final Map<String, String> SAMPLER_USER =
      Map.of(
          "service-center-manager", "scmanager",
          "customer-supervisor", "supervisor",
          "engineering-supervisor", "engsupervisor");

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final DemoWork work;
  private final ManagementService management;
  private final HistoryService history;

  DemoRepairs(
      RuntimeService runtime,
      TaskService tasks,
      DemoWork work,
      ManagementService management,
      HistoryService history) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.work = work;
    this.management = management;
    this.history = history;
  }

  boolean exist() {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey("repair-order").count()
        > 0;
  }

  void create() {
    Date now = ClockUtil.getCurrentTime();
    try {
      for (Sample sample : SAMPLES) {
        String pid = drive(sample, now);
        // R-REP-6 a slip falls in no group's sample about one time in four: then it is closed, and
        // another order shows the sampled visits
        for (int i = 0;
            sample.stage() == Stage.SAMPLED
                && i < 5
                && open(pid, "UserTask_MakeSampledReturnVisit").isEmpty();
            i++) {
          pid = drive(sample, now);
        }
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** Drives one order to its stage; returns its process instance. */
  private String drive(Sample s, Date now) {
    // a missed arrival needs a request older than its arrival deadline; an overdue fix one older
    // than its fix deadline
    long hoursAgo = s.stage() == Stage.BOOKED ? 1 : s.hoursAgo();
    at(now, Duration.ofHours(hoursAgo));
    String pid =
        work.as(
            "officer", () -> runtime.startProcessInstanceByKey("repair-order", intake(s)).getId());
    if (s.stage() == Stage.ARRIVAL) {
      return pid;
    }
    if (s.stage() == Stage.BOOKED) {
      // R-REP-2 the technician did not come: the timer fires (customer and supervisor told), the
      // centre calls and books a time two hours from now
      at(now, Duration.ofMinutes(30));
      fire(pid, "BoundaryEvent_ArrivalMissed", "UserTask_BookVisitTime");
      complete(
          pid,
          "UserTask_BookVisitTime",
          "officer",
          Map.of(
              "bookedTime",
              new Date(now.getTime() + Duration.ofHours(2).toMillis()),
              "bookingNote",
              "已致电业主致歉，约定今天下午上门"));
      return pid;
    }
    at(now, Duration.ofHours(hoursAgo).minusMinutes(10));
    complete(pid, "UserTask_ArriveOnSite", "engineer", Map.of("arrivalNote", "已到场查看"));
    if (s.stage() == Stage.APPROVAL) {
      if ("huayuan".equals(s.community())) {
        // R-REP-4 a listed item with 120 RMB of material: the service-centre manager approves
        complete(
            pid,
            "UserTask_DiagnoseFault",
            "engineer",
            Map.of(
                "faultDiagnosis", "花洒老化漏水，需更换淋浴花洒",
                "chargeType", "LISTED",
                "priceItems", "SD-06",
                "agreementSigned", true));
      } else {
        // R-REP-4 off-list work: the engineering supervisor reviews the quote
        Map<String, Object> offList = new HashMap<>();
        offList.put("faultDiagnosis", "锁体损坏，原型号已停产，需定制");
        offList.put("chargeType", "OFF_LIST");
        offList.put("offListWork", "定制并更换入户门锁体");
        offList.put("offListQuote", 260);
        offList.put("offListMaterial", 200);
        offList.put("agreementSigned", true);
        complete(pid, "UserTask_DiagnoseFault", "engineer", offList);
      }
      return pid;
    }
    complete(
        pid,
        "UserTask_DiagnoseFault",
        "engineer",
        Map.of("faultDiagnosis", "现场检查确认故障", "chargeType", "FREE"));
    ClockUtil.setCurrentTime(now);
    if (s.stage() == Stage.FIXING) {
      if (open(pid, "UserTask_FixFault").get(0).getDueDate().before(now)) {
        // R-REP-3 past its fix deadline: the timer fires (customer and service centre told) and
        // the engineering supervisor gets a chase task
        fire(pid, "BoundaryEvent_FixOverdue", "UserTask_ChaseOverdueFix");
      }
      return pid;
    }
    complete(pid, "UserTask_FixFault", "engineer", Map.of("fixResult", "已维修完毕，试用正常"));
    if (s.stage() == Stage.SIGN_OFF) {
      return pid;
    }
    complete(pid, "UserTask_SignOffRepair", "engineer", Map.of("signedOff", true));
    if (s.stage() == Stage.VISIT) {
      return pid;
    }
    if (s.stage() == Stage.REOPENED) {
      complete(
          pid,
          "UserTask_MakeRepairReturnVisit",
          "visitor",
          Map.of("satisfaction", "UNSATISFIED", "visitComment", "业主反映维修后仍有问题"));
      return pid;
    }
    complete(
        pid,
        "UserTask_MakeRepairReturnVisit",
        "visitor",
        Map.of("satisfaction", "SATISFIED", "visitComment", "业主表示满意"));
    if (s.stage() == Stage.CLOSED) {
      for (Task visit : open(pid, "UserTask_MakeSampledReturnVisit")) {
        work.complete(
            visit,
            samplerOf(visit),
            Map.of("sampledSatisfaction", "SATISFIED", "sampledComment", "抽查回访，业主满意"));
      }
    }
    // Stage.SAMPLED: the visits stay open
    return pid;
  }

  private static Map<String, Object> intake(Sample s) {
    Map<String, Object> intake = new HashMap<>();
    intake.put("channel", s.channel());
    // R-CUST-5: transient, as the start form and the API send them
    intake.put("requesterName", Variables.stringValue(s.name(), true));
    intake.put("requesterPhone", Variables.stringValue(s.phone(), true));
    intake.put("community", s.community());
    intake.put("building", s.building());
    intake.put("unit", s.unit());
    intake.put("room", s.room());
    intake.put("repairKind", s.kind());
    intake.put("publicSize", s.size());
    intake.put("facilityType", s.facility());
    intake.put("description", s.description());
    intake.put("emergency", s.emergency());
    return intake;
  }

  private static void at(Date now, Duration before) {
    ClockUtil.setCurrentTime(new Date(now.getTime() - before.toMillis()));
  }

  /**
   * Fires a boundary timer now; if the job executor fired it first, waits for the task it leads to.
   */
  private void fire(String pid, String timer, String leadsTo) {
    Job job = management.createJobQuery().processInstanceId(pid).activityId(timer).singleResult();
    try {
      if (job != null) {
        management.executeJob(job.getId());
      }
    } catch (ProcessEngineException e) {
      log.debug("demo timer {} of {} already fired: {}", timer, pid, e.getMessage());
    }
    for (int i = 0; i < 50 && open(pid, leadsTo).isEmpty(); i++) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private String samplerOf(Task visit) {
    return tasks.getIdentityLinksForTask(visit.getId()).stream()
        .map(link -> SAMPLER_USER.get(link.getGroupId()))
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse("scmanager");
  }

  private List<Task> open(String pid, String step) {
    return tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey(step).list();
  }

  private void complete(String pid, String step, String user, Map<String, Object> variables) {
    work.complete(open(pid, step).get(0), user, variables);
  }

  private static Sample household(
      Stage stage,
      String community,
      String phone,
      String building,
      String unit,
      String room,
      String facility,
      boolean emergency,
      String description) {
    return new Sample(
        stage,
        community,
        next % 3 == 0 ? "PHONE" : next % 3 == 1 ? "WALK_IN" : "APP",
        NAMES[next++ % NAMES.length],
        phone,
        building,
        unit,
        room,
        "HOUSEHOLD",
        null,
        facility,
        emergency,
        description,
        stage == Stage.ARRIVAL ? 0 : 2);
  }

  private static Sample publicFacility(
      Stage stage,
      String community,
      String phone,
      String building,
      String size,
      String facility,
      String description,
      int hoursAgo) {
    return new Sample(
        stage,
        community,
        "PHONE",
        NAMES[next++ % NAMES.length],
        phone,
        building,
        null,
        null,
        "PUBLIC_FACILITY",
        size,
        facility,
        false,
        description,
        hoursAgo);
  }
}
