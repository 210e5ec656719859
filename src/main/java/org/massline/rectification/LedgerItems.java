package org.massline.rectification;

import static org.massline.rectification.LedgerItemProcess.LEDGER_ITEM_ID;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.massline.app.Clock;
import org.massline.organization.CamundaGroups;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.Unit;
import org.massline.rectification.RectificationRepository.LedgerEntry;
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.massline.security.Actor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** A ledger item's own process: who works it, how it reads, and its closing (销号). */
@Component("ledgerItems")
public class LedgerItems {

  private final RectificationRepository repository;
  private final PlanText planText;
  private final Leadership leadership;
  private final MeetingUnits meetingUnits;
  private final InstanceGrants grants;
  private final ProcessEngineConfigurationImpl engine;

  public LedgerItems(RectificationRepository repository, PlanText planText, Leadership leadership,
      MeetingUnits meetingUnits, InstanceGrants grants, @Lazy ProcessEngineConfigurationImpl engine) {
    this.repository = repository;
    this.planText = planText;
    this.leadership = leadership;
    this.meetingUnits = meetingUnits;
    this.grants = grants;
    this.engine = engine;
  }

  /**
   * Tracks an item outside a rectification's plan (passed on from another unit, found by a look-back)
   * by its own ledger-item instance, started as the engine's work — nobody starts a ledger item by
   * hand — and readable by whoever sees the unit's work.
   */
  public void track(long itemId, Unit unit) {
    String pi = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
        context.getProcessEngineConfiguration().getRuntimeService().startProcessInstanceByKey(LedgerItemProcess.KEY,
            unit.id(), Map.of(
                LedgerItemProcess.LEDGER_ITEM_ID.name(), itemId,
                LedgerItemProcess.UNIT_ID.name(), unit.id(),
                LedgerItemProcess.PRINCIPAL.name(), meetingUnits.principalOf(unit.id()).orElseThrow(),
                LedgerItemProcess.SUPERIOR_LEADER.name(), unit.superiorLeaderId(),
                LedgerItemProcess.SUPERVISION_GROUP.name(), CamundaGroups.supervisionGroup(unit.supervisionGroupId())))
            .getId()));
    grants.grantRead(pi, unit.id());
  }

  /** {@code openLedgerItem}: the owner reports progress; the item's unit says whether the masses appraise it. */
  public void open(DelegateExecution execution) {
    LedgerItem item = item(execution);
    LedgerItemProcess.OWNER.set(execution, item.ownerId());
    LedgerItemProcess.PUBLIC_ACCEPTANCE.set(execution, item.publicAcceptance());
    repository.attachProcess(item.id(), execution.getProcessInstanceId());
  }

  /** {@code closeLedgerItem}: confirmed by the superior and, where required, accepted by the masses. */
  public void close(DelegateExecution execution) {
    LedgerItem item = item(execution);
    if (repository.updateItemStatus(item.id(), item.status(), LedgerItemStatus.CLOSED)) {
      repository.insertEntry(item.id(), LedgerEntryKind.CLOSED, item.publicAcceptance()
          ? "经上级党组织确认、群众评议认可，予以销号" : "经上级党组织确认，予以销号", null, closedBy(execution));
    }
  }

  /** Whoever completed the last step; the superior when the engine continues on its own. */
  private static String closedBy(DelegateExecution execution) {
    String user = Actor.authenticatedUser();
    return user != null ? user : LedgerItemProcess.SUPERIOR_LEADER.from(execution);
  }

  private LedgerItem item(DelegateExecution execution) {
    return repository.findLedgerItem(LEDGER_ITEM_ID.from(execution)).orElseThrow();
  }

  /**
   * A step's title with the item it is about, e.g. "报告整改进展：清理超标超配公车，杜绝公车私用": an owner of two
   * items, the superior confirming a unit's dozen, tells their tasks apart in 我的待办.
   */
  public void nameTask(DelegateTask task, long itemId) {
    task.setName(task.getName() + "：" + PlanText.brief(repository.findLedgerItem(itemId).orElseThrow().task()));
  }

  /** The item and everything recorded on it, oldest first, for the forms of its steps. */
  public String describe(long itemId) {
    LedgerItem item = repository.findLedgerItem(itemId).orElseThrow();
    StringBuilder text = new StringBuilder(planText.item(item.text(), false))
        .append("\n状态：").append(item.status().label());
    for (LedgerEntry entry : repository.findEntries(itemId)) {
      text.append("\n").append(Clock.toLocalDate(entry.recordedAt())).append(" ")
          .append(entry.kind().label()).append("（").append(leadership.name(entry.personId())).append("）：")
          .append(entry.content()).append(entry.evidence() == null ? "" : "　佐证：" + entry.evidence());
    }
    return text.toString();
  }
}
