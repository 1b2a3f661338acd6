package com.wuye.complaints.report;

import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import java.util.List;
import java.util.Set;

/**
 * R-KPI-2 who reads the monthly analysis, the preventive actions and the case library: the readers
 * of the KPI figures company-wide, and customer relations, who write the analysis and the cases;
 * customer- service supervisors and project managers for their own groups; nobody else (403).
 * docs/reports.md.
 */
public final class AnalysisReaders {

  /** Read everything. */
  public static final Set<String> COMPANY_WIDE =
      Set.of(
          Groups.GENERAL_MANAGER,
          Groups.GM_ASSISTANT,
          Groups.GENERAL_AFFAIRS_MANAGER,
          Groups.CUSTOMER_RELATIONS);

  /** Read what concerns their own groups. */
  public static final Set<String> OWN_GROUPS = FigureReaders.OWN_GROUPS;

  /** Every reader, for the security configuration. */
  public static final String[] ALL = Groups.ANALYSIS_READERS;

  private AnalysisReaders() {}

  /**
   * null for company-wide readers, the caller's own reader groups for the others; 403 for anyone
   * else.
   */
  public static List<String> scope(Set<String> callerGroups) {
    if (callerGroups.stream().anyMatch(COMPANY_WIDE::contains)) {
      return null;
    }
    List<String> own = callerGroups.stream().filter(OWN_GROUPS::contains).sorted().toList();
    if (own.isEmpty()) {
      throw ApiProblemException.forbidden("report.analysis-for-managers");
    }
    return own;
  }
}
