package com.wuye.complaints.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The deployed form of a task or of a process start. Looked up as the platform (the caller's own
 * grants are checked where the submission is carried out); a deployed form never changes, so each
 * is read once per deployment.
 */
@Service
public class Forms {

  private final TaskService tasks;
  private final FormService forms;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final Map<String, FormSchema> cache = new ConcurrentHashMap<>();

  Forms(
      TaskService tasks,
      FormService forms,
      RepositoryService repository,
      IdentityService identity) {
    this.tasks = tasks;
    this.forms = forms;
    this.repository = repository;
    this.identity = identity;
  }

  /**
   * The task's form (one without fields when it has no Camunda Form), or empty when there is no
   * such open task.
   */
  public Optional<FormSchema> ofTask(String taskId) {
    return asPlatform(
        () -> {
          Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
          if (task == null) {
            return Optional.empty();
          }
          if (task.getCamundaFormRef() == null) {
            return Optional.of(new FormSchema(null, Map.of()));
          }
          return Optional.of(
              cache.computeIfAbsent(
                  task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                  key -> read(forms.getDeployedTaskForm(taskId))));
        });
  }

  /** The start form of a process definition given by id, or by key (its latest version). */
  public Optional<FormSchema> ofStart(String definitionIdOrKey, boolean byKey) {
    return asPlatform(
        () -> {
          ProcessDefinition definition =
              byKey
                  ? repository
                      .createProcessDefinitionQuery()
                      .processDefinitionKey(definitionIdOrKey)
                      .latestVersion()
                      .singleResult()
                  : repository
                      .createProcessDefinitionQuery()
                      .processDefinitionId(definitionIdOrKey)
                      .singleResult();
          if (definition == null) {
            return Optional.empty();
          }
          FormSchema form = cache.get(definition.getId() + "/start");
          if (form == null) {
            try {
              form = read(forms.getDeployedStartForm(definition.getId()));
            } catch (ProcessEngineException noStartForm) {
              return Optional.empty();
            }
            cache.put(definition.getId() + "/start", form);
          }
          return Optional.of(form);
        });
  }

  private <T> T asPlatform(Supplier<T> lookup) {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }

  private static FormSchema read(InputStream form) {
    try (form) {
      return FormSchema.parse(form);
    } catch (IOException e) {
      throw new UncheckedIOException("deployed form unreadable", e);
    }
  }
}
