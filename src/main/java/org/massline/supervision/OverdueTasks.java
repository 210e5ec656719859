package org.massline.supervision;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds the open task an overdue timer was set for. A boundary timer's path runs beside the task,
 * not inside it, so the task is found by process instance and activity id; inside a
 * multi-instance, also by the instance's own variable (e.g. {@code talkId}).
 */
@Component
public class OverdueTasks {

  private final TaskService taskService;

  public OverdueTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  public List<Task> find(String processInstanceId, String activityId, String scopeVariable, VariableScope scope) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).list();
    if (scopeVariable == null || scopeVariable.isBlank()) {
      return tasks;
    }
    Object value = scope.getVariable(scopeVariable);
    return tasks.stream().filter(t -> Objects.equals(taskService.getVariable(t.getId(), scopeVariable), value)).toList();
  }
}
