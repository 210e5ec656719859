package org.massline.supervision;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code issueSupervisionNotice} (下发督办通知单): the supervision group sees which work is overdue,
 * whose, and by how long, and issues the notice with a deadline (限期整改) later than today.
 */
@Component(SupervisionNoticeProcess.ISSUE_SUPERVISION_NOTICE)
public class IssueSupervisionNotice extends Step<IssueSupervisionNotice.Values> {

  public record Values(String noticeText, LocalDate deadline) {
  }

  private final SupervisionRepository repository;
  private final TaskService taskService;

  IssueSupervisionNotice(SupervisionRepository repository, TaskService taskService) {
    this.repository = repository;
    this.taskService = taskService;
  }

  @Override
  protected void show(DelegateTask notice) {
    String overdueTaskId = SupervisionNoticeProcess.OVERDUE_TASK_ID.from(notice);
    repository.findNotice(overdueTaskId).ifPresent(row -> {
      Timestamp due = row.dueAt();
      LocalDate dueDay = due == null ? null : Clock.toLocalDate(due);
      boolean open = taskService.createTaskQuery().taskId(overdueTaskId).count() > 0;
      notice.setVariableLocal("overdueContext", "逾期事项：" + row.taskName()
          + "\n责任人：" + row.responsible()
          + "\n办理期限：" + (dueDay == null ? "未设" : dueDay + "（已逾期 "
              + Duration.between(due.toInstant(), Clock.now().toInstant()).toDays() + " 天）")
          + (open ? "" : "\n（该事项现已办结，督办意见仍将记录在案）"));
      notice.setName("下发督办通知单：" + row.taskName());
    });
  }

  @Override
  protected void check(Values notice, Submission submission, Problems problems) {
    if (notice.deadline() != null && !notice.deadline().isAfter(Clock.today())) {
      problems.add("整改期限应晚于今天");
    }
  }

  /** The notice as issued. */
  @Override
  protected void complete(Values notice, DelegateTask task) {
    repository.issueNotice(SupervisionNoticeProcess.OVERDUE_TASK_ID.from(task), notice.noticeText(),
        notice.deadline(), Actor.of(task));
  }
}
