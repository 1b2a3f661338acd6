package com.wuye.complaints.repair;

import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import java.sql.Timestamp;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * UserTask_SignOffRepair completed, R-REP-5: the customer's sign-off of the slip, or their refusal
 * with its reason (required: the technician must know what to rework), recorded on the slip (table
 * repair_sign_off) with who recorded it and when. A refusal without a reason is refused in Chinese
 * and English and changes nothing.
 */
@Component
class RecordSignOffListener implements TaskListener {

  static final int REASON_LENGTH = 2000;

  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  RecordSignOffListener(JdbcTemplate jdbc, EngineClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean signedOff = Boolean.TRUE.equals(task.getVariable("signedOff"));
    Object raw = task.getVariable("refusalReason");
    String reason = raw == null ? null : raw.toString().strip();
    if (!signedOff && (reason == null || reason.isEmpty())) {
      throw new InvalidInputException(
          FieldError.of("refusalReason", "invalid.repair.refused-sign-off-needs-customer-s"));
    }
    if (reason != null && reason.length() > REASON_LENGTH) {
      throw new InvalidInputException(
          FieldError.of("refusalReason", "invalid.repair.reason-most-characters", REASON_LENGTH));
    }
    jdbc.update(
        "insert into repair_sign_off (order_no, signed_off, refusal_reason, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?)",
        task.getVariable(RepairProcess.REPAIR_NO),
        signedOff,
        signedOff ? null : reason,
        task.getAssignee(),
        Timestamp.from(clock.now()));
  }
}
