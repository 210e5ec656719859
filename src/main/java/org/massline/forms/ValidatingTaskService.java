package org.massline.forms;

import java.util.Map;
import java.util.function.Supplier;

import java.io.InputStream;
import java.util.Collection;

import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;

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
    submissions.get().complete(commandExecutor, taskId, variables,
        new CompleteTaskCmd(taskId, null, false, false));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return submissions.get().complete(commandExecutor, taskId, variables,
        new CompleteTaskCmd(taskId, null, true, deserializeValues));
  }

  @Override
  public void claim(String taskId, String userId) {
    Authentication user = currentUser();
    if (EngineUsers.isRestricted(user) && userId != null && !userId.equals(user.getUserId())) {
      throw Refusals.forbidden("只能由本人认领任务，不能替他人认领");
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

  /** Comments are for the people who work on the task: never on a task one cannot see. */
  @Override
  public Comment createComment(String taskId, String processInstanceId, String message) {
    onlyOnVisibleTasks(taskId, "填写意见");
    return super.createComment(taskId, processInstanceId, message);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, String url) {
    onlyOnVisibleTasks(taskId, "添加附件");
    if (EngineUsers.isRestricted(currentUser()) && url != null && !url.matches("(?i)https?://\\S+")) {
      throw Refusals.invalid("url", "附件链接只能是 http:// 或 https:// 开头的网址");
    }
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        url);
  }

  @Override
  public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
      String attachmentName, String attachmentDescription, InputStream content) {
    onlyOnVisibleTasks(taskId, "添加附件");
    return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
        content);
  }

  /** Tasks of a process end with their process; deleting one is a repair for administrators. */
  @Override
  public void deleteTask(String taskId) {
    onlyAdministrators("删除任务");
    super.deleteTask(taskId);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds) {
    onlyAdministrators("删除任务");
    super.deleteTasks(taskIds);
  }

  @Override
  public void deleteTask(String taskId, boolean cascade) {
    onlyAdministrators("删除任务");
    super.deleteTask(taskId, cascade);
  }

  @Override
  public void deleteTask(String taskId, String deleteReason) {
    onlyAdministrators("删除任务");
    super.deleteTask(taskId, deleteReason);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds, boolean cascade) {
    onlyAdministrators("删除任务");
    super.deleteTasks(taskIds, cascade);
  }

  @Override
  public void deleteTasks(Collection<String> taskIds, String deleteReason) {
    onlyAdministrators("删除任务");
    super.deleteTasks(taskIds, deleteReason);
  }

  private void onlyOnVisibleTasks(String taskId, String what) {
    if (EngineUsers.isRestricted(currentUser())
        && (taskId == null || createTaskQuery().taskId(taskId).count() == 0)) {
      throw Refusals.forbidden("只能对本人可见的任务" + what);
    }
  }

  private void onlyAdministrators(String what) {
    if (EngineUsers.isRestricted(currentUser())) {
      throw Refusals.forbidden("任务只能通过填写表单办理；" + what + "仅限系统管理员");
    }
  }

  private Authentication currentUser() {
    return getCommandExecutor() == null ? null
        : commandExecutor.execute(context -> context.getAuthentication());
  }
}
