package com.wuye.complaints.namedstaff;

import com.wuye.complaints.escalation.EscalationChain;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.SystemWork;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * R-RESP, R-VISIT-1: the staff member a complaint is about 被投诉员工 (service attitude, typically).
 * Recorded at intake in table complaint_named_staff; the process keeps only the user id (variable
 * namedStaff). The work goes to the level of the escalation chain above the person's group
 * (decision escalation-chain), and {@link NamedStaffGuard} refuses the person every task of the
 * complaint.
 */
@Service
public class NamedStaff {

  public static final String FIELD = "namedStaff";

  private final IdentityService identity;
  private final EscalationChain chain;
  private final JdbcTemplate jdbc;
  private final EngineClock clock;

  NamedStaff(
      IdentityService identity, EscalationChain chain, JdbcTemplate jdbc, EngineClock clock) {
    this.identity = identity;
    this.chain = chain;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The user id as the engine spells it (a database may compare ids ignoring case; the guard does
   * not); refused (400) when it is no user of the engine, whatever the caller may see of users.
   */
  public String known(String userId) {
    User user = SystemWork.run(() -> identity.createUserQuery().userId(userId).singleResult());
    if (user == null) {
      throw new InvalidInputException(
          FieldError.of(FIELD, "invalid.namedstaff.namedstaff-user-id-staff-member-there", userId));
    }
    return user.getId();
  }

  /**
   * Records who the complaint is about and says where its work goes: the level of the chain above
   * the person's highest group on it (R-RESP, R-ESC-1), or empty when the person is on no level of
   * the chain (a security guard, say) and the handler stays as decided. {@code userId}: as {@link
   * #known} gave it.
   */
  public Optional<String> record(long complaintId, String userId, String recordedBy) {
    jdbc.update(
        "insert into complaint_named_staff (complaint_id, user_id, recorded_by, recorded_at) values (?, ?, ?, ?)",
        complaintId,
        userId,
        recordedBy,
        Timestamp.from(clock.now()));
    List<String> groups =
        SystemWork.run(() -> identity.createGroupQuery().groupMember(userId).list()).stream()
            .map(Group::getId)
            .toList();
    return chain.levelAbove(groups);
  }

  /** The staff member the complaint is about, if it names one. */
  public Optional<String> of(long complaintId) {
    return jdbc
        .queryForList(
            "select user_id from complaint_named_staff where complaint_id = ?",
            String.class,
            complaintId)
        .stream()
        .findFirst();
  }
}
