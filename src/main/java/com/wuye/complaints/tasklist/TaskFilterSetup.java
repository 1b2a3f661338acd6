package com.wuye.complaints.tasklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the shared Tasklist filters at start-up when they are missing (matched by name). */
@Component
@Order(20)
class TaskFilterSetup implements ApplicationRunner {

  /** The variables each filter shows in the task list. */
  private static final List<Map<String, String>> COLUMNS =
      List.of(
          column("complaintNo", "投诉编号 Complaint no."),
          column("severity", "等级 Severity"),
          column("community", "小区 Community"),
          column("building", "楼栋 Building"),
          column("unit", "单元 Unit"),
          column("room", "房号 Room"),
          column("customerCategory", "客户类别 Customer category"));

  /** The variables the repair filters show. */
  private static final List<Map<String, String>> REPAIR_COLUMNS =
      List.of(
          column("repairNo", "派工单号 Slip no."),
          column("facilityType", "设施类型 Facility"),
          column("building", "楼栋 Building"),
          column("unit", "单元 Unit"),
          column("room", "房号 Room"));

  private final FilterService filters;
  private final TaskService tasks;

  TaskFilterSetup(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(
        "我的待办 My tasks",
        -10,
        "我认领的任务 tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure(
        "本组待办 My groups' tasks",
        -5,
        "我所在组可认领的任务 tasks my groups may claim",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .orderByDueDate()
            .asc());
    ensure(
        "即将逾期 Due within 4 h",
        -3,
        "4小时内到期 my groups' tasks due within four hours",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusHours(4).toDate()}")
            .orderByDueDate()
            .asc());
    ensure(
        "已逾期 Overdue",
        -2,
        "已过期限 my groups' tasks past their due date",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}")
            .orderByDueDate()
            .asc());
    // R-RESP supervision: every task the user may read — their groups' and, for a supervising
    // group,
    // the tasks of the complaints it supervises (identity.SupervisionAccess grants it READ on them)
    ensure(
        "督办 即将逾期 Supervised: due within 4 h",
        -1,
        "4小时内到期：本组及所督办的任务 my groups' and supervised groups' tasks due within four hours",
        tasks
            .createTaskQuery()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusHours(4).toDate()}")
            .orderByDueDate()
            .asc());
    ensure(
        "督办 已逾期 Supervised: overdue",
        -1,
        "已过期限：本组及所督办的任务 my groups' and supervised groups' tasks past their due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    // R-CUST-4: VIP work carries the highest priorities (complaint-sla), so it comes first here
    ensure(
        "VIP 优先 VIP first",
        0,
        "按优先级排序，VIP 在前 my groups' tasks, highest priority first",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByTaskPriority()
            .desc()
            .orderByDueDate()
            .asc());
    ensure(
        "回访 Return visits",
        5,
        "待回访 complaints waiting for their return visit",
        tasks
            .createTaskQuery()
            .taskDefinitionKey("UserTask_MakeReturnVisit")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .orderByDueDate()
            .asc());
    repairFilters();
  }

  /** R-REP-1..3 engineering's repair filters (process repair-order), with the slip's columns. */
  private void repairFilters() {
    String repairs = "repair-order";
    ensure(
        "工程 我的工单 Repairs: my orders",
        10,
        "我认领的维修工单 repair tasks assigned to me",
        tasks
            .createTaskQuery()
            .processDefinitionKey(repairs)
            .taskAssigneeExpression("${currentUser()}")
            .orderByDueDate()
            .asc(),
        REPAIR_COLUMNS);
    ensure(
        "工程 1小时内到期 Repairs: due within 1 h",
        11,
        "1小时内到期的维修任务 my groups' repair tasks due within the hour",
        tasks
            .createTaskQuery()
            .processDefinitionKey(repairs)
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueAfterExpression("${now()}")
            .dueBeforeExpression("${dateTime().plusHours(1).toDate()}")
            .orderByDueDate()
            .asc(),
        REPAIR_COLUMNS);
    ensure(
        "工程 已逾期 Repairs: overdue",
        12,
        "已过期限的维修任务 my groups' repair tasks past their deadline",
        tasks
            .createTaskQuery()
            .processDefinitionKey(repairs)
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}")
            .orderByDueDate()
            .asc(),
        REPAIR_COLUMNS);
    ensure(
        "工程 紧急 Repairs: emergencies",
        13,
        "紧急维修 emergency repairs of my groups (R-REP-2)",
        tasks
            .createTaskQuery()
            .processDefinitionKey(repairs)
            .processVariableValueEquals("emergency", true)
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc(),
        REPAIR_COLUMNS);
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    ensure(name, priority, description, query, COLUMNS);
  }

  private void ensure(
      String name,
      int priority,
      String description,
      TaskQuery query,
      List<Map<String, String>> columns) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", columns);
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
