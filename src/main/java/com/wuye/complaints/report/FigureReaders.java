package com.wuye.complaints.report;

import com.wuye.complaints.identity.CommunityScope;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.identity.Groups;
import com.wuye.complaints.support.ApiProblemException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * R-KPI-1 whose complaints the caller counts, for the figures (ReportApiController) and the
 * dashboard (DashboardApiController) alike (docs/reports.md "Who reads what"): the general manager,
 * GM's assistants and general-affairs managers company-wide; customer-service supervisors and
 * project managers the complaints their groups handle or supervise, within their communities (issue
 * 16); everyone else 403.
 */
@Component
class FigureReaders {

  /** Who reads every complaint's figures. */
  static final Set<String> COMPANY_WIDE =
      Set.of(Groups.GENERAL_MANAGER, Groups.GM_ASSISTANT, Groups.GENERAL_AFFAIRS_MANAGER);

  /** Who reads the figures of the complaints their group handles or supervises. */
  static final Set<String> OWN_GROUPS = Set.of(Groups.CUSTOMER_SUPERVISOR, Groups.PROJECT_MANAGER);

  private final CurrentUser caller;
  private final CommunityScope communities;

  FigureReaders(CurrentUser caller, CommunityScope communities) {
    this.caller = caller;
    this.communities = communities;
  }

  /** The caller's scope; 403 for nobody's. */
  KpiService.Scope ofCaller() {
    return scopeOf(caller.groups(), communities.ofCaller());
  }

  static KpiService.Scope scopeOf(Set<String> groups, CommunityScope.Communities reach) {
    if (groups.stream().anyMatch(COMPANY_WIDE::contains)) {
      return KpiService.Scope.COMPANY;
    }
    List<String> own = groups.stream().filter(OWN_GROUPS::contains).sorted().toList();
    if (own.isEmpty()) {
      throw ApiProblemException.forbidden("report.figures-for-managers");
    }
    // issue 16: a community's supervisor or project manager counts only their communities'
    // complaints
    Set<String> within = reach.restriction();
    return new KpiService.Scope(own, within == null ? null : within.stream().sorted().toList());
  }

  /** The scope as the answers name it: {@code company}, or the groups counted. */
  static String describe(KpiService.Scope scope) {
    return scope.companyWide() ? "company" : String.join(",", scope.groups());
  }
}
