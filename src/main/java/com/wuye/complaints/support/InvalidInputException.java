package com.wuye.complaints.support;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input that cannot be accepted. Extends the engine's exception so that Tasklist and the engine
 * REST API show the message to the person who submitted the form; the transaction rolls back, so
 * nothing is half written.
 */
public class InvalidInputException extends ProcessEngineException {

  /** How every refusal's message begins, whichever rule refused. */
  public static final String MESSAGE_PREFIX = "输入有误 Invalid input: ";

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        MESSAGE_PREFIX
            + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(FieldError error) {
    this(List.of(error));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /**
   * The refusal behind a failure, if any: the engine wraps what a listener or delegate throws
   * ("Exception while invoking TaskListener…"); the person who asked should read our words, not
   * that.
   */
  public static java.util.Optional<InvalidInputException> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException refusal) {
        return java.util.Optional.of(refusal);
      }
    }
    return java.util.Optional.empty();
  }
}
