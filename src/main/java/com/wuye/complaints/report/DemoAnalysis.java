package com.wuye.complaints.report;

import com.wuye.complaints.support.DemoSeed;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: the monthly analysis of the last three months (R-KPI-2), as the job would have
 * written them, and the last month analysed by the demo's customer relations ({@code visitor}) with
 * three preventive actions, so the dashboard shows reports and open actions at once.
 */
@Component
@Profile("demo")
@Order(40)
class DemoAnalysis implements DemoSeed {

  private final MonthlyReports reports;
  private final TaskService tasks;
  private final JdbcTemplate jdbc;

  DemoAnalysis(MonthlyReports reports, TaskService tasks, JdbcTemplate jdbc) {
    this.reports = reports;
    this.tasks = tasks;
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return "three monthly analyses (R-KPI-2)";
  }

  @Override
  public void seed() {
    if (jdbc.queryForObject("select count(*) from monthly_report", Integer.class) > 0) {
      return;
    }
    YearMonth last = reports.previousMonth();
    for (int back = 2; back >= 0; back--) {
      reports.run(last.minusMonths(back));
    }
    Task analyse =
        tasks
            .createTaskQuery()
            .processDefinitionKey(MonthlyAnalysisProcess.KEY)
            .processInstanceBusinessKey(last.toString())
            .singleResult();
    if (analyse == null) {
      return;
    }
    tasks.claim(analyse.getId(), "visitor");
    Map<String, Object> form = new java.util.LinkedHashMap<>();
    form.put(MonthlyAnalysisProcess.CAUSES, "保洁不及时和装修噪音是本月投诉的主要原因；同一楼栋的垃圾清运投诉反复出现。");
    form.put("action1Cause", "垃圾清运不及时（同一楼栋反复投诉）");
    form.put("action1Text", "3号楼垃圾清运由每日一次改为早晚两次，主管每周抽查");
    form.put("action1Owner", "cleaning");
    form.put("action1Community", "huayuan");
    form.put("action2Cause", "装修施工超时");
    form.put("action2Text", "装修登记时书面告知施工时间，秩序维护部晚间巡查装修楼层");
    form.put("action2Owner", "security");
    form.put("action3Cause", "公共设施报修响应慢");
    form.put("action3Text", "建立公共设施月度巡检表，发现问题当日派工");
    form.put("action3Owner", "engineering");
    form.put("action3Community", "jinhu");
    tasks.complete(analyse.getId(), form);
  }
}
