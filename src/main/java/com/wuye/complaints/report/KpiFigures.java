package com.wuye.complaints.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * R-KPI-1 the figures of one period and scope (or one group of a breakdown); docs/reports.md
 * defines each. Rates are fractions (0.85 = 85 %), null when there is nothing to count.
 */
@Schema(
    description =
        "考核指标 R-KPI-1 figures; rates are fractions (0.85 = 85 %), null when the denominator is 0")
record KpiFigures(
    @Schema(description = "受理数 complaints received in the period (consultations excluded)")
        int received,
    @Schema(description = "结案数 complaints closed in the period") int closed,
    @Schema(description = "回访次数 return visits made in the period") int returnVisits,
    @Schema(description = "满意率 satisfied or basically satisfied visits / visits in the period")
        Double satisfactionRate,
    @Schema(description = "处理及时率 closed complaints with no recorded breach / closed")
        Double handledOnTimeRate,
    @Schema(description = "回访率 closed complaints with a return visit / closed")
        Double returnVisitRate,
    @Schema(
            description =
                "户数 households of the communities in scope (null when the scope is not a set of communities)")
        Integer households,
    @Schema(description = "投诉率 received / households") Double complaintRate,
    @Schema(
            description =
                "平均首次响应（小时） average hours from when the complaint was made to the first contact")
        Double averageFirstResponseHours,
    @Schema(
            description =
                "重复投诉率 received complaints that repeat an earlier one or were reopened / received")
        Double repeatRate,
    @Schema(description = "未结案 open complaints of those received, per severity")
        Map<String, Integer> openBySeverity,
    @Schema(description = "超时 deadlines missed by complaints received in the period")
        Overdue overdue,
    @Schema(
            description =
                "目标 targets from decision kpi-targets, and whether each is met (null: no figure)")
        Map<String, TargetView> targets,
    @Schema(description = "报修 repair orders of the period in scope (null in a breakdown's groups)")
        Repairs repairs) {

  /** R-KPI-1 the figures of repair orders 报修派工单 (docs/reports.md "Repairs"). */
  record Repairs(
      @Schema(description = "报修数 repair orders requested in the period") int received,
      @Schema(description = "结单数 repair orders closed in the period") int closed,
      @Schema(description = "回访次数 return visits and sampled visits (R-REP-6) made in the period")
          int returnVisits,
      @Schema(
              description =
                  "满意率 satisfied or basically satisfied visits / visits made in the period")
          Double satisfactionRate,
      @Schema(description = "回访率 closed orders with a return visit / closed")
          Double returnVisitRate,
      @Schema(
              description =
                  "维修及时率 closed orders that missed neither the arrival (R-REP-2) nor the fix"
                      + " deadline (R-REP-3) / closed")
          Double onTimeRate,
      @Schema(description = "抽查回访 R-REP-6 per sampler group") Map<String, Sampling> sampling,
      @Schema(description = "目标 the repair targets of decision kpi-targets (rows repairs.*)")
          Map<String, TargetView> targets) {}

  /** R-REP-6 one sampler group's share of the period's closed orders and its visits. */
  record Sampling(
      @Schema(description = "抽中 closed orders of the period the group sampled") int chosen,
      @Schema(description = "已回访 sampled visits the group made in the period") int visited,
      @Schema(description = "满意率 satisfied or basically satisfied / visited")
          Double satisfactionRate) {}

  record Overdue(
      @Schema(description = "响应超时 R-ESC-3") int response,
      @Schema(
              description =
                  "处理超时 handling steps completed after their due date (event HANDLING_OVERDUE)")
          Integer handling,
      @Schema(description = "回访超时 R-VISIT-5") int returnVisit) {}

  record TargetView(String comparison, double target, Boolean met) {}
}
