package org.massline.rectification.steps;

import static org.massline.rectification.LookBackProcess.LOOK_BACK_ID;
import static org.massline.rectification.LookBackProcess.LOOK_BACK_UNIT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.rectification.Ledgers;
import org.massline.rectification.LookBackMark;
import org.massline.rectification.LookBackRepository;
import org.massline.rectification.LookBackText;
import org.massline.security.Actor;

/** A check of one unit in a look-back: its self-check and ledger shown, a mark and the findings recorded. */
abstract class LookBackUnitCheck extends Step<LookBackUnitCheck.Values> {

  public record Values(LookBackMark mark, String findings) {
  }

  protected final LookBackRepository repository;
  private final LookBackText text;
  private final Ledgers ledgers;

  LookBackUnitCheck(LookBackRepository repository, LookBackText text, Ledgers ledgers) {
    this.repository = repository;
    this.text = text;
    this.ledgers = ledgers;
  }

  @Override
  protected void show(DelegateTask task) {
    String unitId = LOOK_BACK_UNIT.from(task);
    task.setVariableLocal("selfCheckText", text.selfCheck(LOOK_BACK_ID.from(task), unitId));
    if (!unitId.equals(task.getExecution().getProcessBusinessKey())) {
      // the title ends with the look-back's unit already (" · 中共东河县委"): name the lower unit checked
      task.setName(task.getName() + "：" + ledgers.unit(unitId).orElseThrow().name());
    }
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    record(LOOK_BACK_ID.from(task), LOOK_BACK_UNIT.from(task), v, Actor.of(task));
  }

  protected abstract void record(long lookBackId, String unitId, Values values, String by);
}
