package com.wuye.complaints.repair;

import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_DESCRIPTION;
import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_EMERGENCY;
import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_FACILITY;
import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_KIND;
import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_NEEDED;
import static com.wuye.complaints.complaint.ComplaintProcess.REPAIR_SIZE;

import com.wuye.complaints.complaint.Channel;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.SystemWork;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-REP-1 a repair order 派工单 issued from a complaint's handling step (UserTask_HandleComplaint, the
 * handler ticks 需要维修 Repair needed): the requester and the place are the complaint row's, the rest
 * (kind, facility, size, emergency, description — the complaint's unless the handler writes one)
 * the handler's. It is checked by the one parser of a repair request (RepairRecordParser) and
 * started by the same service as POST /api/repairs (RepairIntake), so it is a repair order like any
 * other; the link, table complaint_repair_order, lets the complaint's case file list it and the
 * repair order name its complaint. At most one order per handling task: a retried completion issues
 * none twice.
 */
@Service
public class ComplaintRepairs {

  /** The complaint a repair is issued for, from its row (never from process variables). */
  public record ForComplaint(
      long complaintId,
      String complaintNo,
      Channel channel,
      String complainantName,
      String complainantPhone,
      String community,
      String building,
      String unit,
      String room,
      String description) {}

  /** What the handler entered on the handling form, as submitted; checked here. */
  public record Ask(
      Object kind, Object facility, Object size, Object emergency, Object description) {}

  /** The slip issued; {@code again}: this handling task had issued it already. */
  public record Issued(String orderNo, boolean again) {}

  /** A repair order of a complaint as its case file lists it. */
  public record Linked(
      String orderNo,
      String status,
      String openStep,
      String kind,
      boolean emergency,
      String requestedBy,
      Instant requestedAt,
      Instant arrivalDue,
      Instant fixDue,
      Instant returnVisitDue) {}

  /** How the start variables' names read on the handling form (complaint-handle.form). */
  private static final Map<String, String> FORM_FIELDS =
      Map.of(
          RepairProcess.KIND, REPAIR_KIND,
          RepairProcess.FACILITY_TYPE, REPAIR_FACILITY,
          RepairProcess.PUBLIC_SIZE, REPAIR_SIZE,
          RepairProcess.EMERGENCY, REPAIR_EMERGENCY,
          RepairProcess.DESCRIPTION, REPAIR_DESCRIPTION);

  private final RepairIntake intake;
  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;

  ComplaintRepairs(
      RepairIntake intake,
      JdbcTemplate jdbc,
      RuntimeService runtime,
      TaskService tasks,
      HistoryService history) {
    this.intake = intake;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
  }

  /**
   * Issues the repair order the handler asked for at handling task {@code handlingTaskId}, or
   * answers the one that task issued already. Bad fields: InvalidInputException naming the form's
   * fields, nothing written.
   */
  @Transactional
  public Issued issue(
      ForComplaint complaint, Ask ask, String handlingTaskId, String handler, Instant now) {
    Optional<String> issued =
        jdbc
            .queryForList(
                "select order_no from complaint_repair_order where handling_task_id = ?",
                String.class,
                handlingTaskId)
            .stream()
            .findFirst();
    if (issued.isPresent()) {
      return new Issued(issued.get(), true);
    }
    NewRepair repair = parse(complaint, ask, handler);
    RepairRequest request =
        new RepairRequest(
            repair.channel(),
            new RepairRequest.Requester(repair.requesterName(), repair.requesterPhone()),
            new RepairRequest.RepairLocation(
                repair.community(), repair.building(), repair.unit(), repair.room()),
            repair.kind(),
            repair.facility(),
            repair.size(),
            repair.description(),
            repair.emergency());
    // the process does it on the handler's behalf: the handler needs no grant to start repair
    // orders
    RepairViews.RepairCreated created =
        SystemWork.run(() -> intake.start(RepairIntake.variables(request, handler)));
    jdbc.update(
        "insert into complaint_repair_order (complaint_id, complaint_no, order_no, handling_task_id,"
            + " requested_by, requested_at) values (?, ?, ?, ?, ?, ?)",
        complaint.complaintId(),
        complaint.complaintNo(),
        created.orderNo(),
        handlingTaskId,
        handler,
        Timestamp.from(now));
    return new Issued(created.orderNo(), false);
  }

  /** R-REP-1 the one parser, its complaints named by the handling form's fields. */
  private static NewRepair parse(ForComplaint complaint, Ask ask, String handler) {
    Map<String, Object> values = new HashMap<>();
    values.put(
        RepairProcess.CHANNEL, complaint.channel() == null ? null : complaint.channel().name());
    values.put(RepairProcess.REQUESTER_NAME, complaint.complainantName());
    values.put(RepairProcess.REQUESTER_PHONE, complaint.complainantPhone());
    values.put(RepairProcess.COMMUNITY, complaint.community());
    values.put(RepairProcess.BUILDING, complaint.building());
    values.put(RepairProcess.UNIT, complaint.unit());
    values.put(RepairProcess.ROOM, complaint.room());
    values.put(RepairProcess.KIND, ask.kind());
    values.put(RepairProcess.FACILITY_TYPE, ask.facility());
    values.put(RepairProcess.PUBLIC_SIZE, ask.size());
    values.put(RepairProcess.EMERGENCY, ask.emergency() == null ? Boolean.FALSE : ask.emergency());
    boolean ownDescription =
        ask.description() != null && !(ask.description() instanceof String text && text.isBlank());
    values.put(
        RepairProcess.DESCRIPTION, ownDescription ? ask.description() : complaint.description());
    values.put(RepairProcess.RECORDED_BY, handler);
    try {
      return RepairRecordParser.parse(values);
    } catch (InvalidInputException refused) {
      throw new InvalidInputException(
          refused.errors().stream().map(ComplaintRepairs::onTheForm).toList());
    }
  }

  private static FieldError onTheForm(FieldError error) {
    String field = FORM_FIELDS.get(error.field());
    if (field != null) {
      return new FieldError(field, error.messageZh(), error.messageEn());
    }
    // the requester or the place: the complaint's, which the handler cannot change here
    return FieldError.of(
        REPAIR_NEEDED,
        "invalid.repair.complaint-lacks-what-repair-order-needs",
        error.messageZh(),
        error.messageEn());
  }

  /** The repair orders issued from this complaint, oldest first, with their state and deadlines. */
  @Transactional(readOnly = true)
  public List<Linked> ofComplaint(long complaintId) {
    return jdbc.query(
        "select l.order_no, l.requested_by, l.requested_at, r.process_instance_id, r.kind, r.emergency"
            + " from complaint_repair_order l join repair_order r on r.order_no = l.order_no"
            + " where l.complaint_id = ? order by l.requested_at, l.id",
        (rs, n) -> {
          String processId = rs.getString("process_instance_id");
          RepairProgress progress = RepairProgress.of(runtime, tasks, processId);
          Map<String, Instant> due = deadlines(processId);
          return new Linked(
              rs.getString("order_no"),
              progress.state(),
              progress.openStep(),
              rs.getString("kind"),
              rs.getBoolean("emergency"),
              rs.getString("requested_by"),
              rs.getTimestamp("requested_at").toInstant(),
              due.get("arrivalDue"),
              due.get("fixDue"),
              due.get("returnVisitDue"));
        },
        complaintId);
  }

  /** The deadlines the repair-order model set so far (R-REP-2, R-REP-3, R-VISIT-4). */
  private Map<String, Instant> deadlines(String processId) {
    Map<String, Instant> due = new HashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processId)
            .variableNameIn("arrivalDue", "fixDue", "returnVisitDue")
            .list()) {
      if (variable.getValue() instanceof Date date) {
        due.put(variable.getName(), date.toInstant());
      }
    }
    return due;
  }
}
