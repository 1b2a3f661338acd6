package com.wuye.complaints.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * R-KPI-2, R-LOOP 改进 a preventive action 预防措施 from a monthly analysis, tracked until its owner
 * group marks it done.
 */
@Schema(description = "预防措施 R-KPI-2 a preventive action")
record PreventiveAction(
    long id,
    @Schema(description = "the month analysed, YYYY-MM") String month,
    @Schema(description = "community code, or company") String community,
    @Schema(description = "原因 the recurring cause") String cause,
    @Schema(description = "措施 the action") String action,
    @Schema(description = "责任组 the group that carries it out") String ownerGroup,
    @Schema(description = "完成期限 due date (company time zone)") LocalDate dueDate,
    @Schema(description = "OPEN or DONE") String status,
    @Schema(description = "逾期 open after its due date") boolean overdue) {}
