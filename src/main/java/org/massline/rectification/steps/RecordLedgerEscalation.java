package org.massline.rectification.steps;

import static org.massline.rectification.LedgerEscalationProcess.ESCALATION_ID;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.LedgerEscalationProcess;
import org.massline.rectification.LedgerEscalations;
import org.massline.rectification.PersonMeasure;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.Escalation;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code recordLedgerEscalation} (督办：记录措施和限期): the supervision group (the superior for an
 * admonition) records the notice, the redo, the talk or the decision with a new deadline, and what
 * it decides for the people responsible — a decision with its reasons, never automatic.
 */
@Component(LedgerEscalationProcess.RECORD_LEDGER_ESCALATION)
public class RecordLedgerEscalation extends Step<RecordLedgerEscalation.Values> {

  public record Values(String content, LocalDate deadline, PersonMeasure measure) {
  }

  private final RectificationRepository repository;
  private final LedgerEscalations escalations;

  public RecordLedgerEscalation(RectificationRepository repository, LedgerEscalations escalations) {
    this.repository = repository;
    this.escalations = escalations;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = ESCALATION_ID.from(task);
    Escalation escalation = repository.findEscalation(id).orElseThrow();
    task.setVariableLocal("escalationText", escalations.describe(id));
    task.setName(escalation.step().label() + "：" + PlanText.brief(repository.findLedgerItem(
        escalation.ledgerItemId()).orElseThrow().task()));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.deadline() != null && !values.deadline().isAfter(Clock.today())) {
      problems.add("限期完成日期应晚于今天");
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.recordEscalation(ESCALATION_ID.from(task), values.content(), values.deadline(), values.measure(),
        Actor.of(task));
  }
}
