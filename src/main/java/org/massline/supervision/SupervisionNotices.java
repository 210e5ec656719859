package org.massline.supervision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.massline.app.Clock;
import org.massline.forms.FormRules;
import org.massline.forms.Problems;
import org.massline.forms.Submission;
import org.massline.forms.Values;
import org.massline.organization.InstanceGrants;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The supervision notice (督办通知单): when a task is still open a grace period after its due date,
 * the {@link DeadlineSweep} starts a {@code supervision-notice} process, which gives the supervision
 * group a task to issue a notice with a deadline (限期整改). It is a process of its own, so the overdue work's process never waits for it;
 * the overdue work itself is never cancelled. Recorded when raised and again when issued.
 */
@Component("supervisionNotices")
public class SupervisionNotices implements FormRules {

  public static final String PROCESS_KEY = "supervision-notice";
  static final String FORM = "supervision-notice";
  static final String OVERDUE_TASK_ID = "overdueTaskId";
  /** The variable by which a supervised process names the group that supervises it. */
  public static final String SUPERVISION_GROUP = "supervisionGroup";
  static final String UNIT_ID = "unitId";

  private final SupervisionRepository repository;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final InstanceGrants grants;
  private final PersonNames names;

  public SupervisionNotices(SupervisionRepository repository, TaskService taskService,
      RuntimeService runtimeService, InstanceGrants grants, PersonNames names) {
    this.repository = repository;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.grants = grants;
    this.names = names;
  }

  /**
   * One notice process per overdue task, never two: a second notice of one task fails on its key.
   * The supervision group is the one the overdue task's process names in {@link #SUPERVISION_GROUP}.
   */
  void raise(Task task) {
    ProcessInstance overdue = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    String unitId = overdue.getBusinessKey();
    // recorded first: the notice task shows what the record says
    repository.insertNotice(task, unitId, responsible(task));
    String notice = runtimeService.startProcessInstanceByKey(PROCESS_KEY, unitId, Map.of(
        OVERDUE_TASK_ID, task.getId(),
        SUPERVISION_GROUP, runtimeService.getVariable(overdue.getId(), SUPERVISION_GROUP),
        UNIT_ID, unitId)).getId();
    repository.linkNotice(task.getId(), notice);
    grants.grantRead(notice, unitId);
  }

  /** Create listener of the notice task: which work is overdue, whose, and by how long. */
  public void show(DelegateTask notice) {
    String overdueTaskId = (String) notice.getVariable(OVERDUE_TASK_ID);
    repository.findNotice(overdueTaskId).ifPresent(row -> {
      Timestamp due = (Timestamp) row.get("due_at");
      LocalDate dueDay = due == null ? null : Clock.toLocalDate(due);
      boolean open = taskService.createTaskQuery().taskId(overdueTaskId).count() > 0;
      notice.setVariableLocal("overdueContext", "逾期事项：" + row.get("task_name")
          + "\n责任人：" + row.get("responsible")
          + "\n办理期限：" + (dueDay == null ? "未设" : dueDay + "（已逾期 "
              + Duration.between(due.toInstant(), Clock.now().toInstant()).toDays() + " 天）")
          + (open ? "" : "\n（该事项现已办结，督办意见仍将记录在案）"));
      notice.setName("下发督办通知单：" + row.get("task_name"));
    });
  }

  /** Complete listener: the notice as issued. */
  public void issue(DelegateTask notice) {
    repository.issueNotice((String) notice.getVariable(OVERDUE_TASK_ID), Values.text(notice.getVariableLocal("noticeText")),
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
