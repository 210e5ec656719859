package org.massline.forms;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Completes a task with the submitted values as task-local variables: the complete listeners read
 * them and write the domain rows, and they vanish with the task instead of piling up in the
 * process instance. Only the few variables the BPMN routes on are set by the listeners.
 * One command, so one transaction: if a listener fails, nothing is written.
 */
class SubmitWithLocalVariablesCmd<T> implements Command<T> {

  private final String taskId;
  private final Map<String, Object> variables;
  private final Command<T> completion;

  SubmitWithLocalVariablesCmd(String taskId, Map<String, Object> variables, Command<T> completion) {
    this.taskId = taskId;
    this.variables = variables;
    this.completion = completion;
  }

  @Override
  public T execute(CommandContext commandContext) {
    TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
    if (task != null && variables != null && !variables.isEmpty()) {
      // the same check the completion makes, before anything is written
      for (CommandChecker checker : commandContext.getProcessEngineConfiguration().getCommandCheckers()) {
        checker.checkTaskWork(task);
      }
      task.setVariablesLocal(variables);
    }
    return completion.execute(commandContext);
  }
}
