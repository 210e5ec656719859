package org.massline.rectification.steps;

import static org.massline.rectification.LookBackProcess.LOOK_BACK_ID;
import static org.massline.rectification.LookBackProcess.LOOK_BACK_UNIT;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.Wind;
import org.massline.organization.Unit;
import org.massline.rectification.ItemWeight;
import org.massline.rectification.Leadership;
import org.massline.rectification.LedgerEntryKind;
import org.massline.rectification.LedgerItemStatus;
import org.massline.rectification.LedgerItems;
import org.massline.rectification.Ledgers;
import org.massline.rectification.LookBackProcess;
import org.massline.rectification.LookBackRepository;
import org.massline.rectification.LookBackRepository.SelfCheck;
import org.massline.rectification.LookBackText;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.ItemText;
import org.massline.rectification.RectificationRepository.Rectification;
import org.massline.rectification.RectificationSettings;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code selfCheckLookBack} (认真自查): a unit's principal goes through the six points against its
 * ledger, says who finishes what is unfinished, and puts the new problems it found on the ledger,
 * each tracked on its own from then on.
 */
@Component(LookBackProcess.SELF_CHECK_LOOK_BACK)
public class SelfCheckLookBack extends Step<SelfCheckLookBack.Values> {

  public record Values(String study, String plan, String special, String institutions, String joint,
      String responsibility, String unfinished, List<NewProblem> newProblems) {
    public Values {
      newProblems = listOrEmpty(newProblems);
    }
  }

  public record NewProblem(Wind wind, String task, String measures, LocalDate deadline, String owner) {
  }

  private final LookBackRepository lookBacks;
  private final RectificationRepository rectifications;
  private final LookBackText text;
  private final Leadership leadership;
  private final Ledgers ledgers;
  private final LedgerItems ledgerItems;
  private final RectificationSettings settings;

  public SelfCheckLookBack(LookBackRepository lookBacks, RectificationRepository rectifications, LookBackText text,
      Leadership leadership, Ledgers ledgers, LedgerItems ledgerItems, RectificationSettings settings) {
    this.lookBacks = lookBacks;
    this.rectifications = rectifications;
    this.text = text;
    this.leadership = leadership;
    this.ledgers = ledgers;
    this.ledgerItems = ledgerItems;
    this.settings = settings;
  }

  @Override
  protected void show(DelegateTask task) {
    String unitId = LOOK_BACK_UNIT.from(task);
    task.setVariableLocal("ledgerText", text.ledger(unitId));
    task.setVariableLocal("ownerOptions", leadership.options(unitId));
    if (!unitId.equals(task.getExecution().getProcessBusinessKey())) {
      // the title ends with the look-back's unit already (" · 中共东河县委"): name the lower unit checked
      task.setName(task.getName() + "：" + ledgers.unit(unitId).orElseThrow().name());
    }
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    for (int i = 0; i < values.newProblems().size(); i++) {
      LocalDate deadline = values.newProblems().get(i).deadline();
      if (deadline != null && deadline.isBefore(Clock.today())) {
        problems.add("新发现的问题第 " + (i + 1) + " 项的完成时限 " + deadline + " 早于今天，请填写今后的日期");
      }
    }
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    String unitId = LOOK_BACK_UNIT.from(task);
    String by = Actor.of(task);
    lookBacks.recordSelfCheck(LOOK_BACK_ID.from(task), unitId, new SelfCheck(v.study(), v.plan(), v.special(),
        v.institutions(), v.joint(), v.responsibility(), v.unfinished()), by);
    Unit unit = ledgers.unit(unitId).orElseThrow();
    Long rectificationId = rectifications.findOpenRectification(unitId).map(Rectification::id).orElse(null);
    for (NewProblem p : v.newProblems()) {
      long id = rectifications.insertLedgerItem(unitId, rectificationId, null, false, new ItemText(p.wind(), p.task(),
          p.measures(), p.deadline(), p.owner(), null, null, ItemWeight.NORMAL),
          settings.needsPublicAcceptance(unit.category()), LedgerItemStatus.IN_PROGRESS);
      rectifications.insertEntry(id, LedgerEntryKind.RECEIVED, "“回头看”自查新发现的问题，列入台账", null, by);
      ledgerItems.track(id, unit);
    }
  }
}
