package org.massline.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;

/**
 * A form submission being checked: the task (null for a start form), who submits, what they
 * submitted, and the variables the form was shown with.
 */
public record Submission(String formId, Task task, String userId, Map<String, Object> values,
    Map<String, Object> variables) {

  public String text(String key) {
    return Values.text(values.get(key));
  }

  public boolean isTrue(String key) {
    return Values.isTrue(values.get(key));
  }

  public List<Map<String, Object>> entries(String key) {
    return Values.entries(values.get(key));
  }

  public List<String> strings(String key) {
    return Values.strings(values.get(key));
  }

  public LocalDate date(String key) {
    String text = text(key);
    try {
      return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      return null; // the schema check reports the format
    }
  }

  public Object variable(String name) {
    return Values.plain(variables.get(name));
  }
}
