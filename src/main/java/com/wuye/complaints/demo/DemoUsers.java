package com.wuye.complaints.demo;

import com.wuye.complaints.identity.CommunityTenants;
import com.wuye.complaints.identity.Groups;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** One demo user per group; the password is the user id. Exists only in the demo profile. */
@Component
class DemoUsers {

  /** user id to [group, first name, last name]. */
  static final Map<String, String[]> USERS = new LinkedHashMap<>();

  static {
    USERS.put("officer", new String[] {Groups.PROPERTY_OFFICER, "物管员", "王"});
    USERS.put("supervisor", new String[] {Groups.CUSTOMER_SUPERVISOR, "客户主管", "李"});
    USERS.put("pm", new String[] {Groups.PROJECT_MANAGER, "项目经理", "张"});
    USERS.put("gmassistant", new String[] {Groups.GM_ASSISTANT, "总经理助理", "赵"});
    USERS.put("gm", new String[] {Groups.GENERAL_MANAGER, "总经理", "陈"});
    USERS.put("affairs", new String[] {Groups.GENERAL_AFFAIRS_MANAGER, "综合部经理", "刘"});
    USERS.put("depthead", new String[] {Groups.DEPARTMENT_HEADS, "工程部主管", "杨"});
    USERS.put("engineer", new String[] {Groups.ENGINEERING, "工程部", "孙"});
    USERS.put("engsupervisor", new String[] {Groups.ENGINEERING_SUPERVISOR, "工程主管", "钱"});
    USERS.put("scmanager", new String[] {Groups.SERVICE_CENTER_MANAGER, "服务中心经理", "何"});
    USERS.put("guard", new String[] {Groups.SECURITY, "秩序维护部", "吴"});
    USERS.put("cleaner", new String[] {Groups.CLEANING, "保洁部", "郑"});
    USERS.put("gardener", new String[] {Groups.GREENING, "绿化部", "冯"});
    USERS.put("visitor", new String[] {Groups.CUSTOMER_RELATIONS, "回访专员", "周"});
    USERS.put("monitor", new String[] {Groups.MONITORING_ROOM, "监控室值班员", "吴"});
    USERS.put("intake-client", new String[] {Groups.INTAKE_API, "接口", "客户端"});
    // issue 16: one-community staff of 锦湖花园 only, beside the users above who keep both communities
    USERS.put("jinhu-officer", new String[] {Groups.PROPERTY_OFFICER, "锦湖物管员", "何"});
    USERS.put("jinhu-supervisor", new String[] {Groups.CUSTOMER_SUPERVISOR, "锦湖客户主管", "罗"});
    USERS.put("jinhu-pm", new String[] {Groups.PROJECT_MANAGER, "锦湖项目经理", "高"});
  }

  /**
   * Issue 16: the communities (tenants) of the demo's community staff; every other demo user is in
   * a company-wide group and sees every community.
   */
  static final Map<String, java.util.List<String>> COMMUNITIES =
      Map.of(
          "officer", java.util.List.of("huayuan", "jinhu"),
          "supervisor", java.util.List.of("huayuan", "jinhu"),
          "pm", java.util.List.of("huayuan", "jinhu"),
          "scmanager", java.util.List.of("huayuan", "jinhu"),
          "jinhu-officer", java.util.List.of("jinhu"),
          "jinhu-supervisor", java.util.List.of("jinhu"),
          "jinhu-pm", java.util.List.of("jinhu"));

  private final IdentityService identity;
  private final CommunityTenants tenants;

  DemoUsers(IdentityService identity, CommunityTenants tenants) {
    this.identity = identity;
    this.tenants = tenants;
  }

  /** Issue 16: the community staff's tenant memberships (the communities' tenants exist by now). */
  void ensureCommunities() {
    COMMUNITIES.forEach((user, codes) -> codes.forEach(code -> tenants.addMember(code, user)));
  }

  void ensure() {
    USERS.forEach(
        (id, info) -> {
          if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(info[1]);
            user.setLastName(info[2]);
            user.setPassword(id);
            user.setEmail(id + "@demo.wuye.local");
            identity.saveUser(user);
            identity.createMembership(id, info[0]);
          }
        });
  }
}
