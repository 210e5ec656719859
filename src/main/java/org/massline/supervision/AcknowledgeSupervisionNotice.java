package org.massline.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledgeSupervisionNotice} (签收督办通知单): the overdue work's assignee and the unit's
 * principal each receive the issued notice — its opinion and its deadline — and say how they will
 * rectify; the receipt is kept beside the notice.
 */
@Component(SupervisionNoticeProcess.ACKNOWLEDGE_SUPERVISION_NOTICE)
public class AcknowledgeSupervisionNotice extends Step<AcknowledgeSupervisionNotice.Values> {

  public record Values(String response) {
  }

  private final SupervisionRepository repository;

  AcknowledgeSupervisionNotice(SupervisionRepository repository) {
    this.repository = repository;
  }

  @Override
  protected void show(DelegateTask task) {
    repository.findNotice(SupervisionNoticeProcess.OVERDUE_TASK_ID.from(task)).ifPresent(notice -> {
      task.setVariableLocal("noticeText", "逾期事项：" + notice.taskName() + "\n责任人：" + notice.responsible()
          + "\n督办意见：" + notice.content() + "\n限期完成日期：" + notice.deadline());
      task.setName("签收督办通知单：" + notice.taskName());
    });
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertReceipt(SupervisionNoticeProcess.OVERDUE_TASK_ID.from(task), Actor.of(task), values.response());
  }
}
