package org.massline.rectification.steps;

import static org.massline.rectification.LedgerEscalationProcess.ESCALATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.rectification.LedgerEscalationProcess;
import org.massline.rectification.LedgerEscalations;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.Escalation;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code acknowledgeLedgerEscalation} (签收督办): the item's owner and the unit's principal each receive
 * the rung and say how they will rectify; the receipt is kept beside it.
 */
@Component(LedgerEscalationProcess.ACKNOWLEDGE_LEDGER_ESCALATION)
public class AcknowledgeLedgerEscalation extends Step<AcknowledgeLedgerEscalation.Values> {

  public record Values(String response) {
  }

  private final RectificationRepository repository;
  private final LedgerEscalations escalations;

  public AcknowledgeLedgerEscalation(RectificationRepository repository, LedgerEscalations escalations) {
    this.repository = repository;
    this.escalations = escalations;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = ESCALATION_ID.from(task);
    task.setVariableLocal("escalationText", escalations.describe(id));
    Escalation escalation = repository.findEscalation(id).orElseThrow();
    // "签收催办：清理超标超配公车…": which rung, and of which item
    task.setName("签收" + escalation.step().label() + "：" + PlanText.brief(repository.findLedgerItem(
        escalation.ledgerItemId()).orElseThrow().task()));
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertReceipt(ESCALATION_ID.from(task), Actor.of(task), values.response());
  }
}
