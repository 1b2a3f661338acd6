package com.wuye.complaints.identity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.AuthorizationService;
import org.springframework.stereotype.Service;

/** R-RESP: the group supervising a complaint may follow it (read its process instance in Cockpit). */
@Service
public class SupervisionAccess {

  private final AuthorizationService authorizations;

  SupervisionAccess(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String processInstanceId, String supervisorGroup) {
    AuthorizationSetup.ensure(authorizations, supervisorGroup, PROCESS_INSTANCE, processInstanceId, READ);
  }
}
