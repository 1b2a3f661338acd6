package com.wuye.complaints.support;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input that cannot be accepted. Extends the engine's exception so that Tasklist and the engine REST
 * API show the message to the person who submitted the form; the transaction rolls back, so nothing
 * is half written.
 */
public class InvalidInputException extends ProcessEngineException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("输入有误 Invalid input: " + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(FieldError error) {
    this(List.of(error));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
