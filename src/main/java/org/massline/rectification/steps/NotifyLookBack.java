package org.massline.rectification.steps;

import static org.massline.rectification.LookBackProcess.LOOK_BACK_ID;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.LookBackProcess;
import org.massline.rectification.LookBackRepository;
import org.massline.rectification.LookBackText;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code notifyLookBack} (召开扩大会议通报): the unit's principal records the expanded committee meeting
 * where the look-back is notified and every member reports on their personal measures.
 */
@Component(LookBackProcess.NOTIFY_LOOK_BACK)
public class NotifyLookBack extends Step<NotifyLookBack.Values> {

  public record Values(LocalDate heldOn, String attendance, String memberReports, String summary) {
  }

  private final LookBackRepository repository;
  private final LookBackText text;

  public NotifyLookBack(LookBackRepository repository, LookBackText text) {
    this.repository = repository;
    this.text = text;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("lookBackText", text.marks(LOOK_BACK_ID.from(task)));
  }

  @Override
  protected void check(Values v, Submission submission, Problems problems) {
    Checks.notInFuture(v.heldOn(), "会议日期", problems);
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    repository.insertNotification(LOOK_BACK_ID.from(task), v.heldOn(), v.attendance(), v.memberReports(), v.summary(),
        Actor.of(task));
  }
}
