package org.massline.forms;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.massline.organization.CamundaGroups;

/**
 * The task service participants reach through Tasklist and the REST API: completing a task is
 * validated first (see {@link TaskSubmissions}); the ways around a form are closed to them. Throwing
 * a BPMN error or escalation, resolving or delegating a task would move the process or set its
 * variables without the form, and claiming a task for someone else would hand a review to a person
 * the process did not choose: only administrators may. Calls without an authenticated user (the
 * engine's own, Java) are not restricted.
 */
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

  @Override
  public void claim(String taskId, String userId) {
    Authentication user = currentUser();
    if (user != null && userId != null && !userId.equals(user.getUserId()) && !isAdmin(user)) {
      throw new AuthorizationException("只能由本人认领任务，不能替他人认领");
    }
    super.claim(taskId, userId);
  }

  @Override
  public void delegateTask(String taskId, String userId) {
    onlyAdministrators("委托");
    super.delegateTask(taskId, userId);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    onlyAdministrators("办结委托");
    super.resolveTask(taskId, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    onlyAdministrators("触发 BPMN 错误");
    super.handleBpmnError(taskId, errorCode, errorMessage, variables);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
    handleBpmnError(taskId, errorCode, errorMessage, null);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode) {
    handleBpmnError(taskId, errorCode, null, null);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    onlyAdministrators("触发升级");
    super.handleEscalation(taskId, escalationCode, variables);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode) {
    handleEscalation(taskId, escalationCode, null);
  }

  private void onlyAdministrators(String what) {
    Authentication user = currentUser();
    if (user != null && !isAdmin(user)) {
      throw new AuthorizationException("任务只能通过填写表单办理；" + what + "仅限系统管理员");
    }
  }

  private Authentication currentUser() {
    return getCommandExecutor() == null ? null
        : commandExecutor.execute(context -> context.getAuthentication());
  }

  private static boolean isAdmin(Authentication user) {
    return user.getGroupIds() != null && user.getGroupIds().contains(CamundaGroups.ADMINS);
  }
}
