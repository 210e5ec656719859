package org.massline.forms;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/** {@code TaskService.complete} validated first (see {@link TaskSubmissions}). */
class ValidatingTaskService extends TaskServiceImpl {

  private final Supplier<TaskSubmissions> submissions;

  ValidatingTaskService(Supplier<TaskSubmissions> submissions) {
    this.submissions = submissions;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    submissions.get().validateTask(taskId, variables);
    ConflictRetry.retry(() -> commandExecutor.execute(new SubmitWithLocalVariablesCmd<>(taskId, variables,
        new CompleteTaskCmd(taskId, null, false, false))));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    submissions.get().validateTask(taskId, variables);
    return ConflictRetry.retry(() -> commandExecutor.execute(new SubmitWithLocalVariablesCmd<>(taskId, variables,
        new CompleteTaskCmd(taskId, null, true, deserializeValues))));
  }
}
