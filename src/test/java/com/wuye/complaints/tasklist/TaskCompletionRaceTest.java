package com.wuye.complaints.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.wuye.complaints.forms.FormField;
import com.wuye.complaints.forms.FormSchema;
import com.wuye.complaints.forms.Forms;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.TransientFailures;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The loser of two simultaneous completions can fail anywhere in the engine, e.g. in a task
 * listener that reads state the winner has just changed. Whatever the failure, once the task is
 * finished the answer is 409, and a lost lock or stale write is 409 at once; otherwise the failure
 * is passed on.
 */
class TaskCompletionRaceTest {

  private final TaskService tasks = mock(TaskService.class);
  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final CurrentUser caller = mock(CurrentUser.class);
  private final Forms forms = mock(Forms.class);
  private final TaskApiController controller =
      new TaskApiController(
          tasks,
          history,
          caller,
          forms,
          new TransientFailures(3, Duration.ZERO),
          mock(com.wuye.complaints.identity.CommunityScope.class));

  TaskCompletionRaceTest() {
    when(caller.asCaller(any())).thenAnswer(call -> ((Supplier<?>) call.getArgument(0)).get());
    when(forms.ofTask(any()))
        .thenReturn(
            Optional.of(
                new FormSchema(
                    "complaint-handle",
                    Map.of(
                        "handlingResult",
                        new FormField(
                            "handlingResult", FormField.Kind.TEXT, Set.of(), 2000, false)))));
  }

  @Test
  void aListenerFailureAfterTheOtherCompletionIsAConflict() {
    assertThat(answer(new ProcessEngineException("Exception while invoking TaskListener"), true))
        .isInstanceOfSatisfying(
            ApiProblemException.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(409);
              assertThat(problem.getMessage()).contains("task-1");
            });
  }

  @Test
  void aListenerFailureOnAnOpenTaskIsPassedOn() {
    assertThat(answer(new ProcessEngineException("Exception while invoking TaskListener"), false))
        .isInstanceOf(ProcessEngineException.class)
        .isNotInstanceOf(ApiProblemException.class);
  }

  @Test
  void aStaleComplaintWriteIsAConflictEvenBeforeTheWinnerHasCommitted() {
    // the loser's JPA update of the complaint (version column) fails outside the engine's own lock
    assertThat(answer(new ObjectOptimisticLockingFailureException("Complaint", 7L), false))
        .isInstanceOfSatisfying(
            ApiProblemException.class, problem -> assertThat(problem.status()).isEqualTo(409));
  }

  @Test
  void aLockLostInsideTheEngineIsAConflict() {
    assertThat(
            answer(
                new ProcessEngineException(
                    "flush failed", new CannotAcquireLockException("lock wait timeout")),
                false))
        .isInstanceOfSatisfying(
            ApiProblemException.class, problem -> assertThat(problem.status()).isEqualTo(409));
  }

  @Test
  void anOrdinaryFailureOnAnOpenTaskIsPassedOn() {
    assertThat(answer(new IllegalStateException("complaint 7 is closed"), false))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aDeadlockOnATaskStillOpenIsTriedAgainAndTheCompletionSucceeds() {
    // e.g. the completion and a same-issue raise job both write the complaint's process instance
    doThrow(
            new ProcessEngineException(
                "flush failed", new CannotAcquireLockException("Deadlock found")))
        .doNothing()
        .when(tasks)
        .complete("task-1", Map.of("handlingResult", "done"));
    when(history.createHistoricTaskInstanceQuery().taskId("task-1").finished().count())
        .thenReturn(0L);

    assertThat(controller.complete("task-1", completion()).getStatusCode().value()).isEqualTo(204);
    org.mockito.Mockito.verify(tasks, org.mockito.Mockito.times(2))
        .complete("task-1", Map.of("handlingResult", "done"));
  }

  @Test
  void aLockLostToACompletionOfTheSameTaskIsAConflictAtOnceNotRetried() {
    assertThat(
            answer(
                new ProcessEngineException(
                    "flush failed", new CannotAcquireLockException("lock wait timeout")),
                true))
        .isInstanceOfSatisfying(
            ApiProblemException.class, problem -> assertThat(problem.status()).isEqualTo(409));
    org.mockito.Mockito.verify(tasks, org.mockito.Mockito.times(1))
        .complete("task-1", Map.of("handlingResult", "done"));
  }

  /**
   * What completing "task-1" throws when the engine fails with {@code failure}; {@code finished}:
   * by someone else.
   */
  private Throwable answer(RuntimeException failure, boolean finished) {
    doThrow(failure).when(tasks).complete("task-1", Map.of("handlingResult", "done"));
    when(history.createHistoricTaskInstanceQuery().taskId("task-1").finished().count())
        .thenReturn(finished ? 1L : 0L);
    return catchThrowable(() -> controller.complete("task-1", completion()));
  }

  private static TaskApiController.Completion completion() {
    return new TaskApiController.Completion(Map.of("handlingResult", "done"));
  }
}
