package com.wuye.complaints.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Idempotency-Key of every intake operation (complaints, repairs): a retried request gets the
 * first answer and creates nothing; the same key with another request is a 409. Keys are per
 * calling client (table intake_request) and shared by the operations: the request's fingerprint
 * names the operation, so a key used for a complaint and then for a repair is "another request".
 * The key row is written first, in the transaction that creates the record, so either both exist or
 * neither does; a concurrent request holding the same key waits on that row and then fails as a
 * duplicate (or, on H2, a "concurrent update" that TransientFailures retries): its answer is then
 * ours, or, if it rolled back, the next attempt creates the record.
 */
@Component
public class IdempotentRequests {

  /** The request header that carries the key. */
  public static final String HEADER = "Idempotency-Key";

  /** What the API documents for the 409 of a key reused with another request. */
  public static final String KEY_REUSED =
      "同一 Idempotency-Key 已用于另一内容 the Idempotency-Key was used with another body";

  /** The key's characters: printable ASCII, as the header allows (its length: 1 to 100). */
  public static final String KEY_PATTERN = "[\\x21-\\x7E]+";

  /** The answer, and whether it is the stored answer of an earlier request with the same key. */
  public record Outcome<T>(T response, boolean replayed) {

    /**
     * The answer as 201 Created at {@code location}; a replayed answer says so in the header
     * Idempotent-Replayed.
     */
    public ResponseEntity<T> created(String location) {
      ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create(location));
      if (replayed) {
        created.header("Idempotent-Replayed", "true");
      }
      return created.body(response);
    }
  }

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final EngineClock clock;
  private final TransientFailures retrying;
  private final ObjectMapper canonical =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  IdempotentRequests(
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      EngineClock clock,
      TransientFailures retrying) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
    this.retrying = retrying;
  }

  /**
   * Runs {@code create} once per (client, key), in one transaction with the key row, retried as a
   * whole on transient failures. {@code operation} names what is created ("complaint", "repair");
   * {@code numberOf} gives the created record's number, kept beside the key.
   */
  public <T> Outcome<T> once(
      String operation,
      String client,
      String key,
      Object request,
      Class<T> responseType,
      Function<T, String> numberOf,
      Supplier<T> create) {
    String hash = fingerprint(operation, request);
    return retrying.retry(
        operation + " intake",
        () -> {
          if (key != null) {
            Optional<Outcome<T>> earlier = replay(client, key, hash, responseType);
            if (earlier.isPresent()) {
              return earlier.get();
            }
          }
          try {
            return transaction.execute(
                status -> {
                  if (key != null) {
                    // taken first: a concurrent request with the same key waits here, then fails as
                    // a duplicate
                    jdbc.update(
                        "insert into intake_request (client_id, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)",
                        client,
                        key,
                        hash,
                        Timestamp.from(clock.now()));
                  }
                  T response = create.get();
                  if (key != null) {
                    jdbc.update(
                        "update intake_request set complaint_no = ?, response_body = ? where client_id = ? and idempotency_key = ?",
                        numberOf.apply(response),
                        json(response),
                        client,
                        key);
                  }
                  return new Outcome<>(response, false);
                });
          } catch (DuplicateKeyException raced) {
            if (key == null) {
              throw raced;
            }
            return replay(client, key, hash, responseType)
                .orElseThrow(
                    () ->
                        new ConcurrencyFailureException(
                            "the request holding the same key rolled back", raced));
          }
        });
  }

  private <T> Optional<Outcome<T>> replay(
      String client, String key, String hash, Class<T> responseType) {
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select request_hash, response_body from intake_request where client_id = ? and idempotency_key = ?",
            client,
            key);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    if (!hash.equals(rows.get(0).get("request_hash"))) {
      throw ApiProblemException.conflict("support.idempotency-key-was-already-used");
    }
    try {
      return Optional.of(
          new Outcome<>(
              canonical.readValue((String) rows.get(0).get("response_body"), responseType), true));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored intake response unreadable for key " + key, e);
    }
  }

  /**
   * The complaint fingerprint stays the hash of its body alone (as stored before repairs shared the
   * keys).
   */
  private String fingerprint(String operation, Object request) {
    String text = "complaint".equals(operation) ? json(request) : operation + ":" + json(request);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
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
