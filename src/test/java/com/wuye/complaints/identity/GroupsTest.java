package com.wuye.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: every staff group either works in the communities it is a member of or works
 * company-wide; a group in neither list sees no community's work and no one would notice why.
 */
class GroupsTest {

  @Test
  void everyGroupIsCommunityStaffOrCompanyWideButNotBoth() {
    for (String group : Groups.ALL.keySet()) {
      if (Groups.ADMIN.equals(group)) {
        continue;
      }
      assertThat(Groups.COMMUNITY_STAFF.contains(group) ^ Groups.COMPANY_WIDE.contains(group))
          .as("%s is community staff or company-wide, not both", group)
          .isTrue();
    }
    Set<String> listed = new HashSet<>(Groups.COMMUNITY_STAFF);
    listed.addAll(Groups.COMPANY_WIDE);
    assertThat(Groups.ALL.keySet()).containsAll(listed);
  }

  @Test
  void theServiceCentreManagerWorksForTheirOwnCommunities() {
    // R-REP-4, R-REP-6: each site's service centre (物业服务中心) approves its paid repairs and
    // samples its repair visits
    assertThat(Groups.COMMUNITY_STAFF).contains(Groups.SERVICE_CENTER_MANAGER);
  }
}
