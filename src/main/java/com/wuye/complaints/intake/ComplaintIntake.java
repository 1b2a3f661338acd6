package com.wuye.complaints.intake;

import static com.wuye.complaints.complaint.ComplaintProcess.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.wuye.complaints.community.CommunityService;
import com.wuye.complaints.complaint.ComplaintService;
import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.namedstaff.NamedStaff;
import com.wuye.complaints.notification.NoticeChannel;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.TransientFailures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Intake from other channels: starts the same complaint-handling process as the Tasklist start
 * form, as the calling client. With an Idempotency-Key, a retried request gets the first answer
 * and creates nothing; the key is stored in the transaction that registers the complaint, so
 * either both exist or neither does.
 */
@Service
class ComplaintIntake {

  record Outcome(IntakeResponse response, boolean replayed) {
  }

  private final RuntimeService runtime;
  private final ComplaintService complaints;
  private final CommunityService communities;
  private final CurrentUser caller;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final EngineClock clock;
  private final TransientFailures retrying;
  private final NamedStaff namedStaff;
  private final ObjectMapper canonical = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  ComplaintIntake(RuntimeService runtime, ComplaintService complaints, CommunityService communities, CurrentUser caller,
      JdbcTemplate jdbc, TransactionTemplate transaction, EngineClock clock, TransientFailures retrying, NamedStaff namedStaff) {
    this.runtime = runtime;
    this.complaints = complaints;
    this.communities = communities;
    this.caller = caller;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.retrying = retrying;
    this.namedStaff = namedStaff;
  }

  /**
   * One unit of work, retried as a whole by TransientFailures when it meets a deadlock or lock
   * timeout. A concurrent request holding the same key makes ours fail on the key row (duplicate,
   * lock timeout or, on H2, "concurrent update"): then its answer is ours, or, if it rolled back, the
   * next attempt registers the complaint.
   */
  Outcome receive(IntakeRequest request, String idempotencyKey) {
    checkReferences(request);
    String client = caller.id();
    String hash = hash(request);
    return retrying.retry("intake", () -> {
      if (idempotencyKey != null) {
        Optional<Outcome> earlier = replay(client, idempotencyKey, hash);
        if (earlier.isPresent()) {
          return earlier.get();
        }
      }
      try {
        return register(request, idempotencyKey, client, hash);
      } catch (DuplicateKeyException raced) {
        if (idempotencyKey == null) {
          throw raced;
        }
        return replay(client, idempotencyKey, hash)
            .orElseThrow(() -> new ConcurrencyFailureException("the request holding the same key rolled back", raced));
      }
    });
  }

  private Outcome register(IntakeRequest request, String idempotencyKey, String client, String hash) {
    return transaction.execute(status -> {
      if (idempotencyKey != null) {
        // taken first: a concurrent request with the same key waits here, then fails as a duplicate
        jdbc.update("insert into intake_request (client_id, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)",
            client, idempotencyKey, hash, Timestamp.from(clock.now()));
      }
      IntakeResponse response = start(request);
      if (idempotencyKey != null) {
        jdbc.update("update intake_request set complaint_no = ?, response_body = ? where client_id = ? and idempotency_key = ?",
            response.complaintNo(), json(response), client, idempotencyKey);
      }
      return new Outcome(response, false);
    });
  }

  /** Unknown references are refused before anything is written (no complaint number is spent). */
  private void checkReferences(IntakeRequest request) {
    if (!communities.exists(request.location().community())) {
      throw new InvalidInputException(new FieldError("location.community",
          "未知小区代码：" + request.location().community(), "unknown community code: " + request.location().community()));
    }
    if (request.repeatOf() != null && complaints.findByNumber(request.repeatOf()).isEmpty()) {
      throw new InvalidInputException(new FieldError("repeatOf",
          "找不到被重复投诉的原投诉：" + request.repeatOf(), "no earlier complaint numbered " + request.repeatOf()));
    }
    if (request.namedStaff() != null && !request.namedStaff().isBlank()) {
      namedStaff.known(request.namedStaff().strip());
    }
  }

  private Optional<Outcome> replay(String client, String key, String hash) {
    List<Map<String, Object>> rows = jdbc.queryForList(
        "select request_hash, response_body from intake_request where client_id = ? and idempotency_key = ?", client, key);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (!hash.equals(rows.get(0).get("request_hash"))) {
      throw ApiProblemException.conflict("此 Idempotency-Key 已用于另一份不同的投诉 / this Idempotency-Key was already used "
          + "with a different request body");
    }
    try {
      return Optional.of(new Outcome(canonical.readValue((String) rows.get(0).get("response_body"), IntakeResponse.class), true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored intake response unreadable for key " + key, e);
    }
  }

  private IntakeResponse start(IntakeRequest request) {
    VariableMap result = caller.asCaller(() -> runtime.createProcessInstanceByKey(KEY)
        .setVariables(variables(request)).executeWithVariablesInReturn().getVariables());
    String complaintNo = result.getValue(COMPLAINT_NO, String.class);
    // by id: the row is in this transaction's persistence context already (no query, no early flush)
    String status = complaints.get(result.getValue(COMPLAINT_ID, Long.class)).getStatus().name();
    Date responseDue = result.getValue(RESPONSE_DUE_AT, Date.class);
    return new IntakeResponse(complaintNo, result.getValue(SEVERITY, String.class),
        result.getValue(HANDLER_GROUP, String.class), status, responseDue == null ? null : responseDue.toInstant());
  }

  /**
   * The same variables the Tasklist intake form submits. R-CUST-5: the name and phone are transient,
   * as the form marks them: the register step writes them to the complaint row, engine history never
   * holds them.
   */
  static VariableMap variables(IntakeRequest request) {
    VariableMap variables = Variables.createVariables();
    variables.put(CHANNEL, request.channel().name());
    variables.put(CATEGORY, request.category().name());
    variables.putValueTyped(COMPLAINANT_NAME, Variables.stringValue(request.complainant().name(), true));
    variables.putValueTyped(COMPLAINANT_PHONE, Variables.stringValue(request.complainant().phone(), true));
    variables.put(COMMUNITY, request.location().community());
    variables.put(BUILDING, request.location().building());
    variables.put(UNIT, request.location().unit());
    variables.put(ROOM, request.location().room());
    variables.put(DESCRIPTION, request.description());
    variables.put(COLLECTIVE_SIZE, request.collectiveSize() == null ? 1 : request.collectiveSize());
    variables.put(IN_LITIGATION, Boolean.TRUE.equals(request.inLitigation()));
    variables.put(MEDIA_EXPOSED, Boolean.TRUE.equals(request.mediaExposed()));
    variables.put(LITIGATION_OR_MEDIA_RISK, Boolean.TRUE.equals(request.litigationOrMediaRisk()));
    variables.put(NEEDS_OTHER_DEPARTMENTS, Boolean.TRUE.equals(request.needsOtherDepartments()));
    if (request.repeatOf() != null) {
      variables.put(REPEAT_OF, request.repeatOf());
    }
    if (request.customerCategory() != null) {
      variables.put(CUSTOMER_CATEGORY, request.customerCategory());
    }
    variables.put(NOTICE_CHANNEL, (request.noticeChannel() == null ? NoticeChannel.SMS : request.noticeChannel()).name());
    variables.put(NOTIFY_OPT_OUT, Boolean.TRUE.equals(request.notifyOptOut()));
    if (request.madeAt() != null) {
      variables.put(MADE_AT, request.madeAt().toString());
    }
    if (request.namedStaff() != null && !request.namedStaff().isBlank()) {
      variables.put(NAMED_STAFF, request.namedStaff());
    }
    return variables;
  }

  private String hash(IntakeRequest request) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String json(Object value) {
    try {
      return canonical.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
