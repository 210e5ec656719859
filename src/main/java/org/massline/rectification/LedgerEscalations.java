package org.massline.rectification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.organization.CamundaGroups;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.Unit;
import org.massline.rectification.RectificationRepository.Escalation;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** The rungs of the escalation ladder: raised for an overdue item, worked and delivered by their process. */
@Component("ledgerEscalations")
public class LedgerEscalations {

  private final RectificationRepository repository;
  private final MeetingUnits meetingUnits;
  private final Ledgers ledgers;
  private final InstanceGrants grants;
  private final LedgerItems ledgerItems;
  private final RuntimeService runtime;

  public LedgerEscalations(RectificationRepository repository, MeetingUnits meetingUnits, Ledgers ledgers,
      InstanceGrants grants, LedgerItems ledgerItems, @Lazy RuntimeService runtime) {
    this.repository = repository;
    this.meetingUnits = meetingUnits;
    this.ledgers = ledgers;
    this.grants = grants;
    this.ledgerItems = ledgerItems;
    this.runtime = runtime;
  }

  /** Climbs one rung: recorded first (its key makes it once), then its process. */
  void raise(LedgerItem item, int rung, EscalationStep step, long daysOverdue) {
    long id = repository.insertEscalation(item.id(), rung, step, daysOverdue);
    Unit unit = ledgers.unit(item.unitId()).orElseThrow();
    String pi = runtime.startProcessInstanceByKey(LedgerEscalationProcess.KEY, item.unitId(), Map.of(
        LedgerEscalationProcess.ESCALATION_ID.name(), id,
        LedgerEscalationProcess.LEDGER_ITEM_ID.name(), item.id(),
        LedgerEscalationProcess.UNIT_ID.name(), item.unitId(),
        LedgerEscalationProcess.SUPERVISION_GROUP.name(), CamundaGroups.supervisionGroup(unit.supervisionGroupId())))
        .getId();
    repository.linkEscalation(id, pi);
    grants.grantRead(pi, item.unitId());
  }

  /** {@code openLedgerEscalation}: who records this rung, if anyone. */
  public void open(DelegateExecution execution) {
    Escalation escalation = escalation(execution);
    EscalationStep.Recorder recorder = escalation.step().recorder();
    LedgerEscalationProcess.RECORDED.set(execution, recorder != EscalationStep.Recorder.NOBODY);
    LedgerEscalationProcess.RECORDER.set(execution, recorder == EscalationStep.Recorder.SUPERIOR
        ? ledgers.unit(LedgerEscalationProcess.UNIT_ID.from(execution)).orElseThrow().superiorLeaderId() : null);
  }

  /** Who receives the rung: the item's owner and the unit's principal, each once. */
  public List<String> recipients(long escalationId) {
    Escalation escalation = repository.findEscalation(escalationId).orElseThrow();
    LedgerItem item = repository.findLedgerItem(escalation.ledgerItemId()).orElseThrow();
    Set<String> people = new LinkedHashSet<>();
    people.add(item.ownerId());
    meetingUnits.principalOf(item.unitId()).ifPresent(people::add);
    return List.copyOf(people);
  }

  /** The item, the ladder climbed so far and what each rung recorded, for the forms of the rung. */
  public String describe(long escalationId) {
    Escalation current = repository.findEscalation(escalationId).orElseThrow();
    StringBuilder text = new StringBuilder("本次督办：").append(current.step().label()).append("（逾期 ")
        .append(current.daysOverdue()).append(" 天，第 ").append(current.rung()).append(" 次督办）\n\n")
        .append(ledgerItems.describe(current.ledgerItemId())).append("\n\n督办经过：");
    for (Escalation e : repository.findEscalations(current.ledgerItemId())) {
      text.append("\n").append(Clock.toLocalDate(e.decidedAt())).append(" 第 ").append(e.rung())
          .append(" 次：").append(e.step().label());
      if (e.content() != null) {
        text.append("——").append(e.content()).append("（限 ").append(e.deadline()).append(" 前完成")
            .append(e.measure() == null ? "" : "；" + e.measure().label()).append("）");
      }
    }
    return text.toString();
  }

  private Escalation escalation(DelegateExecution execution) {
    return repository.findEscalation(LedgerEscalationProcess.ESCALATION_ID.from(execution)).orElseThrow();
  }
}
