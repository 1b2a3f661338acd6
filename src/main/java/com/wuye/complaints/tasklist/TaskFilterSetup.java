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
  private static final List<Map<String, String>> COLUMNS = List.of(
      column("complaintNo", "投诉编号 Complaint no."),
      column("severity", "等级 Severity"),
      column("community", "小区 Community"),
      column("building", "楼栋 Building"),
      column("unit", "单元 Unit"),
      column("room", "房号 Room"),
      column("customerCategory", "客户类别 Customer category"));

  private final FilterService filters;
  private final TaskService tasks;

  TaskFilterSetup(FilterService filters, TaskService tasks) {
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure("我的待办 My tasks", -10, "我认领的任务 tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    ensure("本组待办 My groups' tasks", -5, "我所在组可认领的任务 tasks my groups may claim",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
    ensure("即将逾期 Due within 4 h", -3, "4小时内到期 my groups' tasks due within four hours",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(4).toDate()}")
            .orderByDueDate().asc());
    ensure("已逾期 Overdue", -2, "已过期限 my groups' tasks past their due date",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
    // R-RESP supervision: every task the user may read — their groups' and, for a supervising group,
    // the tasks of the complaints it supervises (identity.SupervisionAccess grants it READ on them)
    ensure("督办 即将逾期 Supervised: due within 4 h", -1, "4小时内到期：本组及所督办的任务 my groups' and supervised groups' tasks due within four hours",
        tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusHours(4).toDate()}")
            .orderByDueDate().asc());
    ensure("督办 已逾期 Supervised: overdue", -1, "已过期限：本组及所督办的任务 my groups' and supervised groups' tasks past their due date",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
    // R-CUST-4: VIP work carries the highest priorities (complaint-sla), so it comes first here
    ensure("VIP 优先 VIP first", 0, "按优先级排序，VIP 在前 my groups' tasks, highest priority first",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByTaskPriority().desc().orderByDueDate().asc());
    ensure("回访 Return visits", 5, "待回访 complaints waiting for their return visit",
        tasks.createTaskQuery().taskDefinitionKey("UserTask_MakeReturnVisit")
            .taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
  }

  private void ensure(String name, int priority, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", COLUMNS);
    Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
    filters.saveFilter(filter);
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
