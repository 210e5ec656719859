package org.massline.rectification.steps;

import static org.massline.rectification.LedgerItemProcess.LEDGER_ITEM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.LedgerEntryKind;
import org.massline.rectification.LedgerItemProcess;
import org.massline.rectification.LedgerItemStatus;
import org.massline.rectification.LedgerItems;
import org.massline.rectification.RectificationRepository;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code confirmLedgerItem} (上级党组织确认整改结果): a finished item is confirmed, or goes back to its
 * owner with what is still unsolved.
 */
@Component(LedgerItemProcess.CONFIRM_LEDGER_ITEM)
public class ConfirmLedgerItem extends Step<ConfirmLedgerItem.Values> {

  public enum Decision {
    CONFIRM, RETURN
  }

  public record Values(Decision decision, String opinion) {
  }

  private final RectificationRepository repository;
  private final LedgerItems ledgerItems;

  public ConfirmLedgerItem(RectificationRepository repository, LedgerItems ledgerItems) {
    this.repository = repository;
    this.ledgerItems = ledgerItems;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("itemText", ledgerItems.describe(LEDGER_ITEM_ID.from(task)));
    ledgerItems.nameTask(task, LEDGER_ITEM_ID.from(task));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.decision() == Decision.RETURN && Checks.length(values.opinion()) < 10) {
      problems.add("退回继续整改须写明还未解决的问题（至少 10 字）");
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    long itemId = LEDGER_ITEM_ID.from(task);
    boolean confirmed = values.decision() == Decision.CONFIRM;
    String opinion = Checks.blankToNull(values.opinion());
    repository.insertEntry(itemId, confirmed ? LedgerEntryKind.CONFIRMED : LedgerEntryKind.RETURNED,
        opinion != null ? opinion : "经核实，确认整改完成", null, Actor.of(task));
    repository.updateItemStatus(itemId, LedgerItemStatus.AWAITING_CONFIRMATION, !confirmed
        ? LedgerItemStatus.IN_PROGRESS
        : Boolean.TRUE.equals(LedgerItemProcess.PUBLIC_ACCEPTANCE.from(task)) ? LedgerItemStatus.AWAITING_ACCEPTANCE
            : LedgerItemStatus.AWAITING_CONFIRMATION);
    LedgerItemProcess.ITEM_CONFIRMED.set(task.getExecution(), confirmed);
  }
}
