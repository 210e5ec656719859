package org.massline.forms;

import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * A form submission being checked: the task, who submits, what they submitted (plain values, as
 * the form's schema checked them), and the variables the form was shown with.
 */
public record Submission(String formId, Task task, String userId, Map<String, Object> values,
    Map<String, Object> variables) {

  /** A variable the form was shown with, such as the id of the meeting or report. */
  public <T> T variable(Variable<T> variable) {
    return variable.from(variables);
  }
}
