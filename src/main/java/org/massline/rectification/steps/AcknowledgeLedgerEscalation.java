package org.massline.rectification.steps;

import static org.massline.rectification.LedgerEscalationProcess.ESCALATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.rectification.LedgerEscalationProcess;
import org.massline.rectification.LedgerEscalations;
import org.massline.rectification.RectificationRepository;
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
    task.setName("签收督办：" + repository.findEscalation(id).orElseThrow().step().label());
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertReceipt(ESCALATION_ID.from(task), Actor.of(task), values.response());
  }
}
