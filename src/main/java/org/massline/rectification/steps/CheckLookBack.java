package org.massline.rectification.steps;

import org.massline.rectification.Ledgers;
import org.massline.rectification.LookBackProcess;
import org.massline.rectification.LookBackRepository;
import org.massline.rectification.LookBackText;
import org.springframework.stereotype.Component;

/** {@code checkLookBack} (逐级督查): the superior checks a unit's self-check against its ledger and marks it. */
@Component(LookBackProcess.CHECK_LOOK_BACK)
public class CheckLookBack extends LookBackUnitCheck {

  public CheckLookBack(LookBackRepository repository, LookBackText text, Ledgers ledgers) {
    super(repository, text, ledgers);
  }

  @Override
  protected void record(long lookBackId, String unitId, Values v, String by) {
    repository.recordSuperiorCheck(lookBackId, unitId, v.mark(), v.findings(), by);
  }
}
