package org.massline.rectification.steps;

import static org.massline.rectification.LedgerItemProcess.LEDGER_ITEM_ID;

import java.time.LocalDate;

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
import org.massline.rectification.RectificationSettings;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code recordPublicAcceptance} (组织群众评议整改结果): the tally of the masses' appraisal of a
 * finished item (群众认可一件、销号一件). Accepted only with enough ratings and more than the configured
 * share satisfied; otherwise the item goes back to its owner with the masses' opinions.
 */
@Component(LedgerItemProcess.RECORD_PUBLIC_ACCEPTANCE)
public class RecordPublicAcceptance extends Step<RecordPublicAcceptance.Values> {

  public record Values(LocalDate heldOn, String method, int satisfied, int basicallySatisfied, int dissatisfied,
      String opinions) {
  }

  private final RectificationRepository repository;
  private final RectificationSettings settings;
  private final LedgerItems ledgerItems;

  public RecordPublicAcceptance(RectificationRepository repository, RectificationSettings settings,
      LedgerItems ledgerItems) {
    this.repository = repository;
    this.settings = settings;
    this.ledgerItems = ledgerItems;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("itemText", ledgerItems.describe(LEDGER_ITEM_ID.from(task)) + "\n\n销号条件：参加评议不少于 "
        + settings.minRatings() + " 人，满意和基本满意超过 " + Math.round(settings.satisfiedShare() * 100) + "%。");
    ledgerItems.nameTask(task, LEDGER_ITEM_ID.from(task));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    Checks.notInFuture(values.heldOn(), "评议日期", problems);
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    long itemId = LEDGER_ITEM_ID.from(task);
    boolean accepted = settings.accepts(v.satisfied(), v.basicallySatisfied(), v.dissatisfied());
    String by = Actor.of(task);
    repository.insertAcceptance(itemId, v.heldOn(), v.method(), v.satisfied(), v.basicallySatisfied(), v.dissatisfied(),
        accepted, by);
    int total = v.satisfied() + v.basicallySatisfied() + v.dissatisfied();
    repository.insertEntry(itemId, accepted ? LedgerEntryKind.ACCEPTED : LedgerEntryKind.NOT_ACCEPTED,
        v.method() + "：满意 " + v.satisfied() + " 人、基本满意 " + v.basicallySatisfied() + " 人、不满意 "
            + v.dissatisfied() + " 人（共 " + total + " 人）" + (accepted ? "" : "，未达到销号条件")
            + "。群众意见：" + v.opinions(), null, by);
    if (!accepted) {
      repository.updateItemStatus(itemId, LedgerItemStatus.AWAITING_ACCEPTANCE, LedgerItemStatus.IN_PROGRESS);
    }
    LedgerItemProcess.PUBLICLY_ACCEPTED.set(task.getExecution(), accepted);
  }
}
