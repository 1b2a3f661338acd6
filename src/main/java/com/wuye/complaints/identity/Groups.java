package com.wuye.complaints.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The staff groups of the company, as Camunda identity groups. Ids are stable: models and checks
 * use them.
 */
public final class Groups {

  public static final String PROPERTY_OFFICER = "property-officer";
  public static final String CUSTOMER_SUPERVISOR = "customer-supervisor";
  public static final String PROJECT_MANAGER = "project-manager";
  public static final String GM_ASSISTANT = "gm-assistant";
  public static final String GENERAL_MANAGER = "general-manager";
  public static final String GENERAL_AFFAIRS_MANAGER = "general-affairs-manager";
  public static final String DEPARTMENT_HEADS = "department-heads";
  public static final String CUSTOMER_RELATIONS = "customer-relations";

  /** R-IN-4 the monitoring room 监控室 takes complaints on the night shift. */
  public static final String MONITORING_ROOM = "monitoring-room";

  // R-RESP, R-VISIT-3: the specialist departments that assist through a work-contact order 工作联系单
  // and rectify what a return visit finds
  public static final String ENGINEERING = "engineering";

  /**
   * R-REP-3, R-REP-4 the engineering supervisor 工程主管: chases overdue repairs (and reviews off-list
   * paid work).
   */
  public static final String ENGINEERING_SUPERVISOR = "engineering-supervisor";

  /**
   * R-REP-4, R-REP-6 the service-centre manager 服务中心经理: approves material of 100 RMB or more,
   * samples repair visits.
   */
  public static final String SERVICE_CENTER_MANAGER = "service-center-manager";

  /**
   * R-REP-1 the service-centre staff who take repair requests and start repair orders in Tasklist.
   */
  public static final java.util.List<String> SERVICE_CENTRE =
      java.util.List.of(
          PROPERTY_OFFICER, CUSTOMER_SUPERVISOR, MONITORING_ROOM, SERVICE_CENTER_MANAGER);

  public static final String SECURITY = "security";
  public static final String CLEANING = "cleaning";
  public static final String GREENING = "greening";

  /**
   * R-KPI-2 every reader of the monthly analysis, the preventive actions and the case library
   * (report.AnalysisReaders narrows each one's scope).
   */
  public static final String[] ANALYSIS_READERS = {
    GENERAL_MANAGER,
    GM_ASSISTANT,
    GENERAL_AFFAIRS_MANAGER,
    CUSTOMER_RELATIONS,
    CUSTOMER_SUPERVISOR,
    PROJECT_MANAGER
  };

  public static final java.util.List<String> SPECIALIST_DEPARTMENTS =
      java.util.List.of(ENGINEERING, SECURITY, CLEANING, GREENING);
  public static final String INTAKE_API = "intake-api";
  public static final String ADMIN = "camunda-admin";

  /**
   * R-SEV-UP, R-SEV-HOT: customer-service supervisors and above (and administrators) set a
   * complaint's severity with a reason, correct its facts and link or unlink same-issue complaints.
   */
  public static final java.util.Set<String> SUPERVISORS_AND_ABOVE =
      java.util.Set.of(
          CUSTOMER_SUPERVISOR,
          PROJECT_MANAGER,
          GM_ASSISTANT,
          GENERAL_MANAGER,
          GENERAL_AFFAIRS_MANAGER,
          ADMIN);

  /**
   * Issue 16: the community staff. Each community (小区 / 管理处) has its own property officers,
   * customer-service supervisor, project manager and service-centre manager (物业服务中心经理: each site's
   * service centre approves its paid repairs and samples its repair visits); they see and work only
   * the communities they are members of (Camunda tenant memberships of the user, kept by the
   * administrator; {@link CommunityScope}). Every other group but the administrators' is {@link
   * #COMPANY_WIDE}.
   */
  public static final java.util.Set<String> COMMUNITY_STAFF =
      java.util.Set.of(
          PROPERTY_OFFICER, CUSTOMER_SUPERVISOR, PROJECT_MANAGER, SERVICE_CENTER_MANAGER);

  /**
   * Issue 16: the groups that work company-wide: the GM, the GM's assistant, the general-affairs
   * manager, department heads, customer relations, the monitoring room (night shift for every
   * community), the specialist departments and the other channels' systems. Each is a member of
   * every community's tenant ({@link CommunityTenants}); everyone else sees only their own
   * communities.
   */
  public static final java.util.Set<String> COMPANY_WIDE =
      java.util.Set.of(
          GM_ASSISTANT,
          GENERAL_MANAGER,
          GENERAL_AFFAIRS_MANAGER,
          DEPARTMENT_HEADS,
          CUSTOMER_RELATIONS,
          MONITORING_ROOM,
          ENGINEERING,
          ENGINEERING_SUPERVISOR,
          SECURITY,
          CLEANING,
          GREENING,
          INTAKE_API);

  /** id to display name, in the order of the escalation chain and then the rest. */
  public static final Map<String, String> ALL;

  static {
    Map<String, String> all = new LinkedHashMap<>();
    all.put(PROPERTY_OFFICER, "物管员 Property officers");
    all.put(CUSTOMER_SUPERVISOR, "客户主管 Customer-service supervisors");
    all.put(PROJECT_MANAGER, "项目经理 Project managers");
    all.put(GM_ASSISTANT, "总经理助理 GM's assistants");
    all.put(GENERAL_MANAGER, "总经理 General manager");
    all.put(GENERAL_AFFAIRS_MANAGER, "综合部经理 General-affairs managers");
    all.put(DEPARTMENT_HEADS, "专业部门主管 Department heads");
    all.put(CUSTOMER_RELATIONS, "客户关系（人事行政部） Customer relations");
    all.put(MONITORING_ROOM, "监控室（夜班） Monitoring room (night shift)");
    all.put(ENGINEERING, "工程部 Engineering");
    all.put(ENGINEERING_SUPERVISOR, "工程主管 Engineering supervisors");
    all.put(SERVICE_CENTER_MANAGER, "服务中心经理 Service-centre managers");
    all.put(SECURITY, "秩序维护部（安管部） Security");
    all.put(CLEANING, "保洁部 Cleaning");
    all.put(GREENING, "绿化部 Greening");
    all.put(INTAKE_API, "接口客户端 Intake API clients");
    all.put(ADMIN, "系统管理员 Administrators");
    ALL = java.util.Collections.unmodifiableMap(all);
  }

  private Groups() {}
}
