package org.massline.supervision;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.massline.organization.PersonNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder when a task falls due (催办提醒): recorded once per task, shown to the assignee as a
 * comment on the task, and the task's priority raised so that it stands out in Tasklist.
 */
@Component("reminders")
public class Reminders {

  static final int OVERDUE_PRIORITY = 80;
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  private final OverdueTasks overdueTasks;
  private final SupervisionRepository repository;
  private final TaskService taskService;
  private final PersonNames names;

  public Reminders(OverdueTasks overdueTasks, SupervisionRepository repository, TaskService taskService,
      PersonNames names) {
    this.overdueTasks = overdueTasks;
    this.repository = repository;
    this.taskService = taskService;
    this.names = names;
  }

  /**
   * @param scopeVariable inside a multi-instance, the variable that tells its instances apart; else ''
   */
  public void remind(DelegateExecution execution, String activityId, String scopeVariable) {
    for (Task task : overdueTasks.find(execution.getProcessInstanceId(), activityId, scopeVariable, execution)) {
      if (repository.insertReminder(task, execution.getProcessBusinessKey())) {
        String who = task.getAssignee() == null ? "候选办理人" : names.name(task.getAssignee()) + "同志";
        taskService.createComment(task.getId(), task.getProcessInstanceId(),
            "催办提醒：" + who + "，“" + task.getName() + "”已到办理期限，请抓紧办理。");
        taskService.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
        log.info("Reminded {} of overdue task '{}' ({})", task.getAssignee(), task.getName(), task.getId());
      }
    }
  }
}
