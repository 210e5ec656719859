package org.massline.rectification.steps;

import static org.massline.rectification.LedgerItemProcess.LEDGER_ITEM_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.rectification.LedgerEntryKind;
import org.massline.rectification.LedgerItemProcess;
import org.massline.rectification.LedgerItemStatus;
import org.massline.rectification.LedgerItems;
import org.massline.rectification.RectificationRepository;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code reportLedgerProgress} (报告整改进展): the owner publishes what was done, with its evidence,
 * until the item is done; "done" asks the superior to confirm it.
 */
@Component(LedgerItemProcess.REPORT_LEDGER_PROGRESS)
public class ReportLedgerProgress extends Step<ReportLedgerProgress.Values> {

  public enum Status {
    CONTINUING, DONE
  }

  public record Values(String progress, String evidence, Status status) {
  }

  private final RectificationRepository repository;
  private final LedgerItems ledgerItems;

  public ReportLedgerProgress(RectificationRepository repository, LedgerItems ledgerItems) {
    this.repository = repository;
    this.ledgerItems = ledgerItems;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("itemText", ledgerItems.describe(LEDGER_ITEM_ID.from(task)));
    ledgerItems.nameTask(task, LEDGER_ITEM_ID.from(task));
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    long itemId = LEDGER_ITEM_ID.from(task);
    boolean done = values.status() == Status.DONE;
    repository.insertEntry(itemId, done ? LedgerEntryKind.DONE : LedgerEntryKind.PROGRESS, values.progress(),
        values.evidence(), Actor.of(task));
    if (done) {
      repository.updateItemStatus(itemId, LedgerItemStatus.IN_PROGRESS, LedgerItemStatus.AWAITING_CONFIRMATION);
    }
    LedgerItemProcess.ITEM_DONE.set(task.getExecution(), done);
  }
}
