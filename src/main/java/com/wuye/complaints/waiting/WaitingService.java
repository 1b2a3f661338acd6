package com.wuye.complaints.waiting;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.wuye.complaints.complaint.Complaint;
import com.wuye.complaints.complaint.ComplaintEventType;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.SystemWork;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-SEV-MAJOR/HOT ("not resolved for company-side reasons"), R-ESC-2: a complaint may wait on the
 * complainant or a third party, with a recorded reason, and that time does not count toward its age
 * (the 7/30-day timers, the days unresolved of complaint-severity) nor its handling deadline.
 *
 * <p>While it waits, the age timers' jobs are suspended, so a threshold that falls due then does
 * not fire (the job executor skips suspended jobs) and the job stays there to be moved. When the
 * waiting ends, the jobs' due dates, the handling task's due date and the variables behind them all
 * move later by the time waited, and the jobs are active again: the check is re-armed. Dates
 * decided later (a reassessment, a reopen) count the waited time too ({@link #notCounted}).
 */
@Service
public class WaitingService {

  /**
   * The timers of complaint-handling whose jobs wait with the complaint: the age checks (R-ESC-2)
   * and the reminder before the handling deadline (BoundaryEvent_HandlingDueSoon of issue 20 item
   * 7, when the model has it: it is due a lead time before handleDueAt, which moves too).
   */
  static final List<String> AGE_TIMERS =
      List.of(
          "BoundaryEvent_UnresolvedOneWeek",
          "BoundaryEvent_UnresolvedOneMonth",
          "BoundaryEvent_HandlingDueSoon");

  static final String HANDLE_TASK = "UserTask_HandleComplaint";
  private static final List<String> MOVED_VARIABLES =
      List.of(HANDLE_DUE_AT, ESCALATE_TO_HOT_AT, ESCALATE_TO_MAJOR_AT);

  private final ComplaintWaitingRepository periods;
  private final ComplaintService complaints;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final EngineClock clock;

  WaitingService(
      ComplaintWaitingRepository periods,
      ComplaintService complaints,
      ManagementService management,
      RuntimeService runtime,
      TaskService tasks,
      EngineClock clock) {
    this.periods = periods;
    this.complaints = complaints;
    this.management = management;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Starts waiting; refused (409) while the complaint already waits. */
  @Transactional
  public ComplaintWaiting start(long complaintId, WaitingOn on, String reason, String user) {
    if (open(complaintId).isPresent()) {
      throw ApiProblemException.conflict("waiting.complaint-already-waiting-end-that");
    }
    Complaint complaint = complaints.get(complaintId);
    ComplaintWaiting period =
        periods.save(new ComplaintWaiting(complaintId, on, reason, user, clock.now()));
    complaints.recordWaitingStarted(complaintId, user, on + ": " + reason);
    SystemWork.run(
        () -> {
          ageJobs(complaint.getProcessInstanceId(), Duration.ZERO, SuspensionState.SUSPENDED);
          return null;
        });
    return period;
  }

  /**
   * Ends the waiting and moves the complaint's age checks and handling deadline later; refused
   * (409) when it does not wait.
   */
  @Transactional
  public ComplaintWaiting end(long complaintId, String user) {
    return endOpen(complaintId, user, null)
        .orElseThrow(() -> ApiProblemException.conflict("waiting.complaint-not-waiting"));
  }

  /**
   * When the handling step completes, any waiting ends with it.
   *
   * @param completingTaskId the task being completed: its due date no longer matters
   * @param resolutionGoesOn whether the resolution (and its age timers) goes on after the step (a
   *     work-contact order); when it ends or is left (handled, escalated) its timers go with it and
   *     must not be touched, and deadlines decided afterwards count the ended period anyway
   */
  @Transactional
  public Optional<ComplaintWaiting> endWithHandlingStep(
      long complaintId, String user, String completingTaskId, boolean resolutionGoesOn) {
    if (resolutionGoesOn) {
      return endOpen(complaintId, user, completingTaskId);
    }
    Optional<ComplaintWaiting> open = open(complaintId);
    open.ifPresent(period -> close(period, user));
    return open;
  }

  private Duration close(ComplaintWaiting period, String user) {
    Instant now = clock.now();
    period.end(user, now);
    Duration waited = period.waitedUntil(now);
    complaints.recordEvent(
        period.getComplaintId(),
        ComplaintEventType.WAITING_ENDED,
        user,
        period.getWaitingOn() + ", waited " + waited + "; deadlines moved later by it");
    return waited;
  }

  private Optional<ComplaintWaiting> endOpen(
      long complaintId, String user, String completingTaskId) {
    Optional<ComplaintWaiting> open = open(complaintId);
    open.ifPresent(
        period -> {
          Duration waited = close(period, user);
          Complaint complaint = complaints.get(complaintId);
          SystemWork.run(
              () -> {
                moveLater(complaint.getProcessInstanceId(), waited, completingTaskId);
                return null;
              });
        });
    return open;
  }

  private void moveLater(String processInstanceId, Duration waited, String completingTaskId) {
    ageJobs(processInstanceId, waited, SuspensionState.ACTIVE);
    for (Task task :
        tasks
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(HANDLE_TASK)
            .list()) {
      if (task.getDueDate() != null && !task.getId().equals(completingTaskId)) {
        task.setDueDate(later(task.getDueDate(), waited));
        tasks.saveTask(task);
      }
    }
    for (String name : MOVED_VARIABLES) {
      Object value = runtime.getVariable(processInstanceId, name);
      if (value instanceof Date date) {
        runtime.setVariable(processInstanceId, name, later(date, waited));
      }
    }
  }

  /**
   * Moves the age timers' jobs later and suspends or activates them, as one change of each job
   * entity: the ManagementService's own commands (a due date here, a bulk suspension there) would
   * conflict with each other when called from inside a task listener's transaction.
   */
  private void ageJobs(String processInstanceId, Duration by, SuspensionState state) {
    ((ServiceImpl) management)
        .getCommandExecutor()
        .execute(
            (Command<Void>)
                context -> {
                  for (JobEntity job :
                      context.getJobManager().findJobsByProcessInstanceId(processInstanceId)) {
                    if (AGE_TIMERS.contains(job.getActivityId())) {
                      job.setDuedate(later(job.getDuedate(), by));
                      job.setSuspensionState(state.getStateCode());
                    }
                  }
                  return null;
                });
  }

  private static Date later(Date date, Duration by) {
    return Date.from(date.toInstant().plus(by));
  }

  /**
   * The time that does not count toward the complaint's age and handling deadline, up to {@code
   * now}.
   */
  public Duration notCounted(long complaintId, Instant now) {
    return periodsIfAny(complaintId).stream()
        .map(period -> period.waitedUntil(now))
        .reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * The time of the waiting periods that have ended (dates decided now count these; an open period
   * moves them when it ends).
   */
  public Duration endedWaiting(long complaintId) {
    return periodsIfAny(complaintId).stream()
        .filter(period -> !period.isOpen())
        .map(period -> period.waitedUntil(period.getEnd().at()))
        .reduce(Duration.ZERO, Duration::plus);
  }

  public Optional<ComplaintWaiting> open(long complaintId) {
    return periodsIfAny(complaintId).stream().filter(ComplaintWaiting::isOpen).findFirst();
  }

  /**
   * Issue 18: the complaint's waiting periods, read only when it ever waited. The complaint row is
   * mostly read already in the same transaction (an age check raises its severity, the handling
   * step records its result), so the usual answer — none — costs no round trip; reading the periods
   * always cost one per call, two per age check.
   */
  private List<ComplaintWaiting> periodsIfAny(long complaintId) {
    return complaints.get(complaintId).hasWaited()
        ? periods.findByComplaintIdOrderByIdAsc(complaintId)
        : List.of();
  }

  public List<ComplaintWaiting> periods(long complaintId) {
    return periods.findByComplaintIdOrderByIdAsc(complaintId);
  }
}
