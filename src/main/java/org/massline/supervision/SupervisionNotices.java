package org.massline.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.massline.app.Clock;
import org.massline.forms.FormRules;
import org.massline.forms.Problems;
import org.massline.forms.Submission;
import org.massline.forms.Values;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The supervision notice (督办通知单): when a task is still open a grace period after its due date,
 * the supervision group gets a task to issue a notice with a deadline (限期整改). The notice is
 * recorded when the task opens and again when it is issued. The overdue work is never cancelled.
 */
@Component("supervisionNotices")
public class SupervisionNotices implements FormRules {

  static final String FORM = "supervision-notice";

  private final OverdueTasks overdueTasks;
  private final SupervisionRepository repository;
  private final TaskService taskService;
  private final PersonNames names;

  public SupervisionNotices(OverdueTasks overdueTasks, SupervisionRepository repository, TaskService taskService,
      PersonNames names) {
    this.overdueTasks = overdueTasks;
    this.repository = repository;
    this.taskService = taskService;
    this.names = names;
  }

  /** Create listener of the notice task: which work is overdue, whose, and by how long. */
  public void open(DelegateTask notice, String activityId, String scopeVariable) {
    List<Task> overdue = overdueTasks.find(notice.getProcessInstanceId(), activityId, scopeVariable,
        notice.getExecution());
    StringBuilder context = new StringBuilder();
    for (Task task : overdue) {
      String responsible = responsible(task);
      repository.openNotice(task, notice.getExecution().getProcessBusinessKey(), responsible, notice.getId());
      long days = task.getDueDate() == null ? 0 : ChronoUnit.DAYS.between(
          task.getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate(), Clock.today());
      context.append("逾期事项：").append(task.getName())
          .append("\n责任人：").append(responsible)
          .append("\n办理期限：").append(task.getDueDate() == null ? "未设" : task.getDueDate().toInstant()
              .atZone(ZoneId.systemDefault()).toLocalDate())
          .append("（已逾期 ").append(days).append(" 天）\n");
      notice.setName("下发督办通知单：" + task.getName());
    }
    notice.setVariableLocal("overdueContext", context.length() == 0 ? "逾期事项已办结。" : context.toString().trim());
  }

  /** Complete listener: the notice as issued. */
  public void issue(DelegateTask notice) {
    repository.issueNotice(notice.getId(), Values.text(notice.getVariableLocal("noticeText")),
        LocalDate.parse(Values.text(notice.getVariableLocal("deadline"))), Actor.of(notice));
  }

  private String responsible(Task task) {
    if (task.getAssignee() != null) {
      return names.name(task.getAssignee());
    }
    List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> "candidate".equals(l.getType()))
        .map(l -> l.getUserId() != null ? names.name(l.getUserId()) : l.getGroupId())
        .toList();
    return String.join("、", candidates);
  }

  @Override
  public Set<String> formIds() {
    return Set.of(FORM);
  }

  @Override
  public void check(Submission submission, Problems problems) {
    LocalDate deadline = submission.date("deadline");
    if (deadline != null && !deadline.isAfter(Clock.today())) {
      problems.add("整改期限应晚于今天");
    }
  }
}
