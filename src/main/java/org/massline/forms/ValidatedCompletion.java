package org.massline.forms;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A person's completion of a task as one engine command, so one transaction and one round of
 * queries: the authorization check, the validation ({@link TaskSubmissions#validate}), the submitted
 * values handed to the complete listeners, and the completion. The completion's own authorization
 * check is the one made here, so it runs without a second one. The values the step's check bound to
 * its record are handed to the step's complete listener as they are ({@link BoundValues}), which
 * writes the domain rows: nothing of them is stored by the engine. A task without a step gets them
 * as transient variables (a value the task already holds as a variable of its own stays one).
 */
class ValidatedCompletion<T> implements Command<T> {

  private final String taskId;
  private final Map<String, Object> values;
  private final TaskSubmissions submissions;
  private final Command<T> completion;

  ValidatedCompletion(String taskId, Map<String, Object> values, TaskSubmissions submissions, Command<T> completion) {
    this.taskId = taskId;
    this.values = values == null ? Map.of() : values;
    this.submissions = submissions;
    this.completion = completion;
  }

  @Override
  public T execute(CommandContext context) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null) {
      throw submissions.missing(context, taskId);
    }
    for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
      checker.checkTaskWork(task);
    }
    Record bound = submissions.validate(context, task, values);
    if (bound != null) {
      // the step's complete listener takes the record its check bound, in this command
      return BoundValues.during(taskId, bound, () -> context.runWithoutAuthorization(completion));
    }
    values.forEach((name, value) -> {
      if (task.getVariableInstanceLocal(name) != null) {
        task.setVariableLocal(name, Values.fitting(value));
      } else {
        task.setVariableLocal(name, Values.transientOf(value));
      }
    });
    return context.runWithoutAuthorization(completion);
  }
}
