package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.identity.CommunityTenants;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, 管理处 as the unit of work: the administrator makes staff members of a community through
 * {@code /api/communities/{code}/members}, and that is what they then see — in {@code /api} and
 * engine REST alike; removing them hides it again. Run on H2 and MariaDB by {@link
 * CommunityMembersH2IT} and {@link CommunityMembersMariaDbIT}.
 */
abstract class CommunityMembersScenario extends ApiScenario {

  /** A property officer of no community yet. */
  static final String OFFICER = "members-officer";

  @Autowired CommunityTenants tenants;

  @BeforeEach
  void setUp() {
    communities.ensure("jinhu", "锦湖花园");
    ApiUsers.inCommunities(identity, "huayuan", "jinhu");
    ApiUsers.create(identity, OFFICER, "property-officer");
    // a member of no community, whatever an earlier run left
    for (Tenant tenant : identity.createTenantQuery().userMember(OFFICER).list()) {
      identity.deleteTenantUserMembership(tenant.getId(), OFFICER);
    }
  }

  private ApiClient.Reply admin(String method, String path) {
    return asAdmin(method, path, null);
  }

  /** A jinhu complaint, verified, so that its open task is the property officers'. */
  private Task jinhuHandlingTask() {
    Map<String, Object> intake = ApiClient.validIntake();
    @SuppressWarnings("unchecked")
    Map<String, Object> location = (Map<String, Object>) intake.get("location");
    location.put("community", "jinhu");
    ApiClient.Reply reply = api.as(ApiUsers.CLIENT).post("/api/complaints", intake).expect(201);
    String no = reply.json().get("complaintNo").asText();
    Task verify = tasks.createTaskQuery().processInstanceBusinessKey(no).singleResult();
    completeUnclaimed(ApiUsers.SUPERVISOR, verify.getId(), Map.of("verificationNote", "已核实"));
    Task handle = tasks.createTaskQuery().processInstanceBusinessKey(no).singleResult();
    assertThat(handle.getTenantId()).isEqualTo("jinhu");
    assertThat(tasks.getIdentityLinksForTask(handle.getId()))
        .anyMatch(link -> "property-officer".equals(link.getGroupId()));
    return handle;
  }

  private void officerSees(Task task, boolean sees) {
    int expected = sees ? 200 : 404;
    assertThat(api.get(OFFICER, "/api/tasks/" + task.getId() + "/contact").status())
        .isEqualTo(expected);
    assertThat(api.get(OFFICER, "/api/tasks/" + task.getId() + "/case-file").status())
        .isEqualTo(expected);
    assertThat(api.get(OFFICER, "/engine-rest/task/" + task.getId()).status()).isEqualTo(expected);
    ApiClient.Reply listed =
        api.as(OFFICER)
            .get("/engine-rest/task?candidateGroup=property-officer&maxResults=1000")
            .expect(200);
    if (sees) {
      assertThat(listed.json().findValuesAsText("id")).contains(task.getId());
    } else {
      assertThat(listed.json().findValuesAsText("id")).doesNotContain(task.getId());
    }
  }

  private List<UserOperationLogEntry> membershipLog(String operation) {
    return history
        .createUserOperationLogQuery()
        .entityType(org.camunda.bpm.engine.EntityTypes.TENANT_MEMBERSHIP)
        .operationType(operation)
        .property("userId")
        .list()
        .stream()
        .filter(entry -> OFFICER.equals(entry.getNewValue()))
        .toList();
  }

  @Test
  @DisplayName(
      "issue 16 the admin makes an officer a member of jinhu through the API: the officer then sees a jinhu complaint's task in /api and engine REST; removed, it is not found again; both idempotent and in the engine's operation log")
  void membershipDecidesWhatTheOfficerSees() {
    Task handle = jinhuHandlingTask();
    officerSees(handle, false);
    int added = membershipLog(UserOperationLogEntry.OPERATION_TYPE_CREATE).size();
    int removed = membershipLog(UserOperationLogEntry.OPERATION_TYPE_DELETE).size();

    ApiClient.Reply put = admin("PUT", "/api/communities/jinhu/members/" + OFFICER);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("changed").asBoolean()).isTrue();
    assertThat(put.json().get("member").get("userId").asText()).isEqualTo(OFFICER);
    assertThat(put.json().get("member").get("seesEveryCommunity").asBoolean()).isFalse();
    assertThat(put.json().get("note").isNull()).isTrue();
    assertThat(tenants.isMember("jinhu", OFFICER)).isTrue();
    officerSees(handle, true);
    assertThat(tenants.isMember("huayuan", OFFICER)).as("only jinhu").isFalse();

    ApiClient.Reply again = admin("PUT", "/api/communities/jinhu/members/" + OFFICER);
    assertThat(again.status()).as("idempotent").isEqualTo(200);
    assertThat(again.json().get("changed").asBoolean()).isFalse();
    assertThat(identity.createTenantQuery().tenantId("jinhu").userMember(OFFICER).count())
        .isEqualTo(1);
    assertThat(membershipLog(UserOperationLogEntry.OPERATION_TYPE_CREATE))
        .as("the one change is in the engine's user operation log, by the admin")
        .hasSize(added + 1)
        .last()
        .satisfies(entry -> assertThat(entry.getUserId()).isEqualTo(ADMIN));

    ApiClient.Reply listed = api.as(ApiUsers.GM).get("/api/communities/jinhu/members").expect(200);
    assertThat(listed.json().get("members").findValuesAsText("userId")).contains(OFFICER);
    List<String> groups = new java.util.ArrayList<>();
    listed.json().get("memberGroups").forEach(group -> groups.add(group.asText()));
    assertThat(groups)
        .contains("general-manager", "monitoring-room")
        .doesNotContain("property-officer");

    assertThat(admin("DELETE", "/api/communities/jinhu/members/" + OFFICER).status())
        .isEqualTo(204);
    assertThat(tenants.isMember("jinhu", OFFICER)).isFalse();
    officerSees(handle, false);
    assertThat(admin("DELETE", "/api/communities/jinhu/members/" + OFFICER).status())
        .as("idempotent")
        .isEqualTo(204);
    assertThat(membershipLog(UserOperationLogEntry.OPERATION_TYPE_DELETE)).hasSize(removed + 1);
    assertThat(
            admin("GET", "/api/communities/jinhu/members")
                .json()
                .get("members")
                .findValuesAsText("userId"))
        .doesNotContain(OFFICER);
  }

  @Test
  @DisplayName(
      "issue 16 only the admin changes a community's members (others 403), the company's managers read them; an unknown community or user is a 404 problem in Chinese and English and changes nothing")
  void onlyTheAdminChangesMembers() {
    for (String user : List.of(ApiUsers.GM, ApiUsers.SUPERVISOR, ApiUsers.OFFICER, OFFICER)) {
      ApiClient.Reply put =
          api.send(user, "PUT", "/api/communities/jinhu/members/" + OFFICER, null);
      assertThat(put.status()).as(user + " " + put.body()).isEqualTo(403);
      assertThat(put.contentType()).startsWith("application/problem+json");
      assertThat(
              api.send(user, "DELETE", "/api/communities/jinhu/members/" + ApiUsers.OFFICER, null)
                  .status())
          .isEqualTo(403);
    }
    assertThat(tenants.isMember("jinhu", OFFICER)).isFalse();
    assertThat(tenants.isMember("jinhu", ApiUsers.OFFICER)).as("nothing removed").isTrue();
    api.as(ApiUsers.SUPERVISOR).get("/api/communities/jinhu/members").expect(403);
    api.as(ApiUsers.CLIENT).get("/api/communities/jinhu/members").expect(403);
    api.as(ApiUsers.AFFAIRS).get("/api/communities/jinhu/members").expect(200);
    int tenantMembers = identity.createUserQuery().memberOfTenant("jinhu").list().size();

    ApiClient.Reply unknownUser = admin("PUT", "/api/communities/jinhu/members/nosuchperson");
    assertThat(unknownUser.status()).isEqualTo(404);
    assertThat(unknownUser.contentType()).startsWith("application/problem+json");
    assertThat(unknownUser.json().get("detail").asText())
        .contains("没有用户 nosuchperson")
        .contains("no user nosuchperson");
    ApiClient.Reply unknownCommunity =
        admin("PUT", "/api/communities/nosuchplace/members/" + OFFICER);
    assertThat(unknownCommunity.status()).isEqualTo(404);
    assertThat(unknownCommunity.json().get("detail").asText())
        .contains("没有代码为 nosuchplace 的小区")
        .contains("no community with code nosuchplace");
    assertThat(admin("DELETE", "/api/communities/jinhu/members/nosuchperson").status())
        .isEqualTo(404);
    assertThat(admin("DELETE", "/api/communities/nosuchplace/members/" + OFFICER).status())
        .isEqualTo(404);
    assertThat(admin("GET", "/api/communities/nosuchplace/members").status()).isEqualTo(404);
    assertThat(identity.createTenantQuery().tenantId("nosuchplace").count()).isZero();
    assertThat(identity.createTenantQuery().userMember(OFFICER).count()).isZero();
    assertThat(identity.createUserQuery().memberOfTenant("jinhu").list()).hasSize(tenantMembers);
  }

  @Test
  @DisplayName(
      "issue 16 a user of a company-wide group may be made a member; the answer says they see every community anyway")
  void companyWideUsersSeeEveryCommunityAnyway() {
    ApiClient.Reply put = admin("PUT", "/api/communities/jinhu/members/" + ApiUsers.GM);
    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().get("member").get("seesEveryCommunity").asBoolean()).isTrue();
    assertThat(put.json().get("note").asText())
        .contains("general-manager")
        .contains("本来就能看到每个小区")
        .contains("see every community anyway");
    assertThat(tenants.isMember("jinhu", ApiUsers.GM)).isTrue();
    assertThat(admin("DELETE", "/api/communities/jinhu/members/" + ApiUsers.GM).status())
        .isEqualTo(204);
    assertThat(tenants.isMember("jinhu", ApiUsers.GM)).isFalse();
    api.as(ApiUsers.GM)
        .get("/api/communities/jinhu/members")
        .expect(200, "still company-wide through the group");
  }
}
