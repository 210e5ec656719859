package org.massline.rectification.steps;

import org.massline.rectification.Ledgers;
import org.massline.rectification.LookBackProcess;
import org.massline.rectification.LookBackRepository;
import org.massline.rectification.LookBackText;
import org.springframework.stereotype.Component;

/**
 * {@code spotCheckLookBack} (重点抽查): the office checks a unit the draw chose, the superior's check
 * beside its self-check; its mark becomes the unit's.
 */
@Component(LookBackProcess.SPOT_CHECK_LOOK_BACK)
public class SpotCheckLookBack extends LookBackUnitCheck {

  public SpotCheckLookBack(LookBackRepository repository, LookBackText text, Ledgers ledgers) {
    super(repository, text, ledgers);
  }

  @Override
  protected void record(long lookBackId, String unitId, Values v, String by) {
    repository.recordSpotCheck(lookBackId, unitId, v.mark(), v.findings(), by);
  }
}
