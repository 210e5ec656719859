package org.massline.forms;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A process variable: its name, as the BPMN's expressions name it, and its type, so that code reads
 * and writes it typed and never by a string of its own. Declared once in a process's backing class.
 */
public record Variable<T>(String name, Class<T> type) {

  public static <T> Variable<T> of(String name, Class<T> type) {
    return new Variable<>(name, type);
  }

  /** The value in the scope (or a scope above it), or null. */
  public T from(VariableScope scope) {
    return convert(scope.getVariable(name));
  }

  /** The value among variables read as a map (a form's context). */
  public T from(Map<String, Object> variables) {
    return convert(Values.plain(variables.get(name)));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /**
   * Sets the value in this scope itself, never in one above it: a decision of one instance of a
   * multi-instance (one talk, one report) stays that instance's, created when it is first made.
   */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  private T convert(Object value) {
    if (value instanceof Number number && type == Long.class) {
      return type.cast(number.longValue());
    }
    return type.cast(value);
  }
}
