package com.wuye.complaints.community;

import com.wuye.complaints.support.PlatformApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Issue 16, 管理处 as the unit of work: a community's members are the staff who see and work its
 * complaints and repairs (its Camunda tenant's user members). The company's managers read them; the
 * administrator (camunda-admin) adds and removes them — the same change as Admin → 租户 Tenants, for
 * the systems that keep the staff register. Security: identity.SecurityConfiguration.
 */
@PlatformApi
@RequestMapping(
    path = "/api/communities/{code}/members",
    produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "communities", description = "小区主数据 Communities (master data)")
class CommunityMemberApiController {

  static final String COMPANY_WIDE_NOTE =
      "该用户所在的组（%s）本来就能看到每个小区；成员资格只在其离开这些组后才起作用 / "
          + "this user's groups (%s) see every community anyway; the membership matters only once"
          + " they leave them";

  private final CommunityMembers members;

  CommunityMemberApiController(CommunityMembers members) {
    this.members = members;
  }

  @Schema(description = "小区成员 A member of a community's staff")
  record MemberView(
      @Schema(example = "jinhu-officer") String userId,
      @Schema(description = "名 first name") String firstName,
      @Schema(description = "姓 last name") String lastName,
      @Schema(description = "所在的组 the user's groups") Set<String> groups,
      @Schema(
              description =
                  "全公司范围：因所在的组（或管理员）本来就能看到每个小区 sees every community anyway"
                      + " (a company-wide group or camunda-admin)")
          boolean seesEveryCommunity) {

    static MemberView of(CommunityMembers.Member member) {
      return new MemberView(
          member.userId(),
          member.firstName(),
          member.lastName(),
          member.groups(),
          member.seesEveryCommunity());
    }
  }

  @Schema(description = "小区成员名单 A community's members")
  record MembersView(
      @Schema(example = "jinhu") String community,
      @Schema(description = "本人是成员的用户，按账号排序 users who are members themselves, by id")
          List<MemberView> members,
      @Schema(
              description =
                  "整组是成员的组（全公司范围的组），其成员都能看到该小区 groups that are members: everyone"
                      + " in them sees the community")
          List<String> memberGroups) {}

  @Schema(description = "成员资格 A membership, after PUT")
  record MembershipView(
      @Schema(example = "jinhu") String community,
      @Schema(description = "现为成员的用户 the user, now a member themselves") MemberView member,
      @Schema(description = "本次请求是否有改动 whether this request changed anything") boolean changed,
      @Schema(description = "说明（全公司范围的用户）a note, for users who see every community anyway")
          String note) {}

  @GetMapping
  @Operation(
      summary =
          "小区成员 A community's members: its staff, and the company-wide groups that see it"
              + " (camunda-admin, general-manager, gm-assistant, general-affairs-manager)")
  MembersView listMembers(@PathVariable String code) {
    return new MembersView(
        code,
        members.members(code).stream().map(MemberView::of).toList(),
        members.memberGroups(code));
  }

  @PutMapping("/{userId}")
  @Operation(
      summary =
          "加入小区 Make a user a member of the community (camunda-admin only); idempotent: 200"
              + " whether or not they were one. A user of a company-wide group sees every community"
              + " anyway (seesEveryCommunity, note); the membership is kept all the same")
  MembershipView addMember(@PathVariable String code, @PathVariable String userId) {
    CommunityMembers.Change change = members.add(code, userId);
    CommunityMembers.Member member = change.member();
    Set<String> wide = CommunityMembers.companyWide(member.groups());
    String note =
        member.seesEveryCommunity()
            ? String.format(COMPANY_WIDE_NOTE, String.join(", ", wide), String.join(", ", wide))
            : null;
    return new MembershipView(code, MemberView.of(member), change.changed(), note);
  }

  @DeleteMapping("/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "移出小区 End a user's membership of the community (camunda-admin only); idempotent: 204"
              + " whether or not they were one. A company-wide group's users still see it")
  void removeMember(@PathVariable String code, @PathVariable String userId) {
    members.remove(code, userId);
  }
}
