package org.massline.forms;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Tasklist's {@code submit-form} for tasks and start forms, validated first (see {@link TaskSubmissions}). */
class ValidatingFormService extends FormServiceImpl {

  private final Supplier<TaskSubmissions> submissions;
  private final Supplier<StartGuards> guards;

  ValidatingFormService(Supplier<TaskSubmissions> submissions, Supplier<StartGuards> guards) {
    this.submissions = submissions;
    this.guards = guards;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    submissions.get().complete(commandExecutor, taskId, properties,
        new SubmitTaskFormCmd(taskId, null, false, false));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return submissions.get().complete(commandExecutor, taskId, properties,
        new SubmitTaskFormCmd(taskId, null, true, deserializeValues));
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, Map<String, Object> properties) {
    return submitStartForm(processDefinitionId, null, properties);
  }

  @Override
  public ProcessInstance submitStartForm(String processDefinitionId, String businessKey,
      Map<String, Object> properties) {
    // the values and the starter are checked by the ProcessStartGuard as the instance starts
    String key = commandExecutor.execute(context -> context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId).getKey());
    return super.submitStartForm(processDefinitionId, guards.get().businessKey(key, businessKey, properties),
        properties);
  }
}
