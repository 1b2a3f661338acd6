package com.wuye.complaints.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobDefinitionManager;

/**
 * Issue 18: the engine's job definition manager, reading a process's job definitions together. Each
 * timer the engine creates looks its job definition up by id (whether it is suspended), one round
 * trip per timer: an intake starts three timers, a completion deletes one and starts one. Asked
 * inside a process's execution, this manager reads all of that process definition's job definitions
 * in one query instead, once per command; the engine keeps what it read in the command's cache,
 * where its later look-ups by id find them. Same rows, read in the same command, so the same
 * answers: a suspension committed meanwhile counts from the next command, as it would for the later
 * timers of a command that had read them one by one.
 */
class JobDefinitionsPerCommand extends JobDefinitionManager {

  private final Set<String> processesRead = new HashSet<>();

  @Override
  public JobDefinitionEntity findById(String jobDefinitionId) {
    JobDefinitionEntity known =
        getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
    if (known != null) {
      return known;
    }
    BpmnExecutionContext execution = Context.getBpmnExecutionContext();
    String process =
        execution == null || execution.getExecution() == null
            ? null
            : execution.getExecution().getProcessDefinitionId();
    if (process != null && processesRead.add(process)) {
      findByProcessDefinitionId(process); // into the command's cache
      known = getDbEntityManager().getCachedEntity(JobDefinitionEntity.class, jobDefinitionId);
      if (known != null) {
        return known;
      }
    }
    return super.findById(jobDefinitionId);
  }
}
