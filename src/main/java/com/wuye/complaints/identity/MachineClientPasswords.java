package com.wuye.complaints.identity;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * Checks a machine client's password against its stored hash the way Camunda does, but without
 * counting the attempt against the account: a wrong guess by a stranger never delays the client.
 */
@Component
class MachineClientPasswords {

  private final ProcessEngineConfigurationImpl engine;

  MachineClientPasswords(ProcessEngineConfiguration engine) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  boolean matches(String userId, String password) {
    return Boolean.TRUE.equals(
        engine
            .getCommandExecutorTxRequired()
            .execute(
                context -> {
                  UserEntity user =
                      context.getDbEntityManager().selectById(UserEntity.class, userId);
                  return user != null
                      && user.getPassword() != null
                      && engine
                          .getPasswordManager()
                          .check(
                              EncryptionUtil.saltPassword(password, user.getSalt()),
                              user.getPassword());
                }));
  }
}
