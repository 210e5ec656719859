package org.massline.forms;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/** The exceptions the engine throws to refuse a person's request, each recorded as a {@link Refusal}. */
public final class Refusals {

  private Refusals() {
  }

  /** Bad input: Tasklist shows the reason and the task stays open. */
  public static FormFieldValidationException invalid(String id, String reason) {
    Refusal.record(Refusal.BAD_REQUEST, reason);
    return new FormFieldValidationException(id, reason);
  }

  public static AuthorizationException forbidden(String reason) {
    Refusal.record(Refusal.FORBIDDEN, reason);
    return new AuthorizationException(reason);
  }

  /** Someone else was first (a double submit, two starts at once). */
  public static ProcessEngineException conflict(String reason) {
    Refusal.record(Refusal.CONFLICT, reason);
    return new ProcessEngineException(reason);
  }

  /** The exception for a refusal decided elsewhere (a {@link StartGuard}), by its status. */
  public static ProcessEngineException raise(Refusal refusal) {
    return switch (refusal.status()) {
      case Refusal.FORBIDDEN -> forbidden(refusal.reason());
      case Refusal.CONFLICT -> conflict(refusal.reason());
      case Refusal.NOT_FOUND -> notFound(refusal.reason());
      default -> invalid("start", refusal.reason());
    };
  }

  public static ProcessEngineException notFound(String reason) {
    Refusal.record(Refusal.NOT_FOUND, reason);
    return new ProcessEngineException(reason);
  }
}
