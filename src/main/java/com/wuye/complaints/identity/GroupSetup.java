package com.wuye.complaints.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the staff groups at start-up when they are missing; running it again changes nothing. */
@Component
@Order(10)
class GroupSetup implements ApplicationRunner {

  private final IdentityService identity;

  GroupSetup(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public void run(ApplicationArguments args) {
    Groups.ALL.forEach(
        (id, name) -> {
          if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
          }
        });
  }
}
