package org.massline.forms;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ResolvableType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * One user task's home: its form's values as a record {@code V}, what the form shows, the domain's
 * checks and what completing writes. A step is a Spring bean named by the user task's BPMN id, and
 * the BPMN calls it by that one name, as the task's listener on create and on complete:
 * <pre>{@code
 * <camunda:taskListener delegateExpression="${reviewReport}" event="create" />
 * <camunda:taskListener delegateExpression="${reviewReport}" event="complete" />
 * }</pre>
 * The values are bound once the form's schema has accepted them ({@link TaskSubmissions}); the
 * record's components are the form's field keys (a contract test keeps them in step).
 *
 * @param <V> the form's values: components named by the form's keys; enums for option lists
 */
public abstract class Step<V extends Record> implements TaskListener {

  private static final ObjectMapper BINDER = JsonMapper.builder().findAndAddModules()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @SuppressWarnings("unchecked")
  private final Class<V> valuesType = (Class<V>) ResolvableType.forClass(getClass()).as(Step.class).resolveGeneric(0);

  private final List<String> fieldNames = Arrays.stream(valuesType.getRecordComponents())
      .map(RecordComponent::getName).toList();

  private BusinessKeyNames businessKeyNames;

  /** Names the unit in every task's title, so that a list of tasks of several units reads apart. */
  @Autowired(required = false)
  final void setBusinessKeyNames(BusinessKeyNames businessKeyNames) {
    this.businessKeyNames = businessKeyNames;
  }

  public final Class<V> valuesType() {
    return valuesType;
  }

  /** A list a form may leave out (an empty checklist or dynamic list), as an unmodifiable list. */
  protected static <T> List<T> listOrEmpty(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** On create: what the form shows (task-local variables) and the task's name. */
  protected void show(DelegateTask task) {
    // most forms show the process's own variables
  }

  /** The domain's checks, after the form's own schema: each problem a sentence in Chinese. */
  protected void check(V values, Submission submission, Problems problems) {
    // no rule beyond the form's schema
  }

  /** On complete: what completing writes, and the variables the BPMN routes on. */
  protected abstract void complete(V values, DelegateTask task);

  @Override
  public final void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        show(task);
        fitLongTexts(task);
        nameTheUnit(task);
      }
      case EVENTNAME_COMPLETE -> complete(valuesOf(task), task);
      default -> throw new IllegalStateException(getClass().getSimpleName() + " listens on create and complete only, not "
          + task.getEventName());
    }
  }

  /** What the form shows may be longer than a text variable holds: kept as JSON text instead of failing the task. */
  private static void fitLongTexts(DelegateTask task) {
    task.getVariablesLocalTyped().forEach((name, value) -> {
      Object fitted = Values.fitting(value);
      if (fitted != value) {
        task.setVariableLocal(name, fitted);
      }
    });
  }

  private void nameTheUnit(DelegateTask task) {
    if (businessKeyNames != null && task.getName() != null) {
      businessKeyNames.nameOf(task.getExecution().getProcessBusinessKey()).map(unit -> " · " + unit)
          .filter(suffix -> !task.getName().endsWith(suffix))
          .ifPresent(suffix -> task.setName(task.getName() + suffix));
    }
  }

  /**
   * Checks a submission the schema accepted. Returns its values as the record, bound once for the
   * completion, when the submission has every field; else null, and the completion reads the fields
   * the submission left out from the task's own variables (what the form showed), as it always did.
   */
  final V check(Submission submission, Problems problems) {
    V values = bind(submission.values());
    check(values, submission, problems);
    return submission.values().keySet().containsAll(fieldNames) ? values : null;
  }

  /**
   * The submitted values: as the completion's check bound them ({@link BoundValues}), or else as
   * variables handed to the task.
   */
  private V valuesOf(DelegateTask task) {
    Record bound = BoundValues.of(task.getId());
    if (valuesType.isInstance(bound)) {
      return valuesType.cast(bound);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (var component : valuesType.getRecordComponents()) {
      values.put(component.getName(), Values.plain(task.getVariableLocal(component.getName())));
    }
    return bind(values);
  }

  V bind(Map<String, Object> values) {
    try {
      return BINDER.convertValue(values, valuesType);
    } catch (IllegalArgumentException e) {
      throw Refusals.invalid(valuesType.getSimpleName(), "填写的内容与表单不符");
    }
  }
}
