package org.massline.supervision;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.massline.organization.PersonNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder when a task falls due (催办提醒): recorded once per task, shown to the assignee as a
 * comment on the task, and the task's priority raised so that it stands out in Tasklist. Sent by the
 * {@link DeadlineSweep}.
 */
@Component
class Reminders {

  static final int OVERDUE_PRIORITY = 80;
  private static final Logger log = LoggerFactory.getLogger(Reminders.class);

  private final SupervisionRepository repository;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final PersonNames names;

  Reminders(SupervisionRepository repository, RuntimeService runtimeService, TaskService taskService,
      PersonNames names) {
    this.repository = repository;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.names = names;
  }

  /** Reminds the task's assignee (or candidates) once: a second reminder of one task fails on its key. */
  void remind(Task task) {
    repository.insertReminder(task, businessKeyOf(task));
    String who = task.getAssignee() == null ? "候选办理人" : names.name(task.getAssignee()) + "同志";
    taskService.createComment(task.getId(), task.getProcessInstanceId(),
        "催办提醒：" + who + "，“" + task.getName() + "”已到办理期限，请抓紧办理。");
    taskService.setPriority(task.getId(), Math.max(task.getPriority(), OVERDUE_PRIORITY));
    log.info("Reminded {} of overdue task '{}' ({})", task.getAssignee(), task.getName(), task.getId());
  }

  private String businessKeyOf(Task task) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }
}
