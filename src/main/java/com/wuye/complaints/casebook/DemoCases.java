package com.wuye.complaints.casebook;

import com.wuye.complaints.support.DemoSeed;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the demo's closed complaints, marked case-worthy by {@code supervisor} and
 * written up by {@code visitor} (customer relations), so the case library 案例库 has cases to browse.
 */
@Component
@Profile("demo")
@Order(41)
class DemoCases implements DemoSeed {

  private static final List<Map<String, Object>> TEXTS =
      List.of(
          Map.of(
              CaseWriteUpProcess.TITLE,
              "员工服务态度投诉的处理",
              CaseWriteUpProcess.CAUSE,
              "前台员工在业主办理业务高峰时答复生硬，未说明办理时限。",
              CaseWriteUpProcess.HANDLING,
              "客户主管当日致电致歉，安排员工复训，并在前台公示各项业务办理时限。",
              CaseWriteUpProcess.LESSONS,
              "高峰时段增加一名值班人员；答复业主须说明办理时限和经办人。"),
          Map.of(
              CaseWriteUpProcess.TITLE,
              "公共设施损坏长期未修复",
              CaseWriteUpProcess.CAUSE,
              "单元门禁损坏后报修单在部门间转交，无人跟进。",
              CaseWriteUpProcess.HANDLING,
              "工程部当日更换门禁控制器，客服中心回访确认。",
              CaseWriteUpProcess.LESSONS,
              "报修转交必须有接收人签收；公共设施纳入月度巡检。"));

  private final CaseLibrary library;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;

  DemoCases(CaseLibrary library, TaskService tasks, JdbcTemplate jdbc) {
    this.library = library;
    this.tasks = tasks;
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "the case library";
  }

  @Override
  public void seed() {
    if (jdbc.queryForObject("select count(*) from complaint_case", Integer.class) > 0) {
      return;
    }
    List<String> closed =
        jdbc.queryForList(
            "select complaint_no from complaint where status = 'CLOSED' order by id", String.class);
    for (int i = 0; i < Math.min(closed.size(), TEXTS.size()); i++) {
      String no = closed.get(i);
      library.mark(no, "supervisor");
      Task writeUp =
          tasks
              .createTaskQuery()
              .processDefinitionKey(CaseWriteUpProcess.KEY)
              .processInstanceBusinessKey(no)
              .singleResult();
      if (writeUp != null) {
        tasks.claim(writeUp.getId(), "visitor");
        tasks.complete(writeUp.getId(), TEXTS.get(i));
      }
    }
  }
}
