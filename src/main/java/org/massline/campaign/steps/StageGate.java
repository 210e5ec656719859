package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.NoPass;
import org.massline.campaign.Stage;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.security.Actor;

/**
 * The gate after a stage (环节把关): the supervision group — or a leading cadre whose contact point the unit
 * is — checks the stage against the six no-passes (6个不放过) and passes it, or sends the unit back to the
 * stage (回炉/补课) naming the no-passes it failed and why. Every decision is kept. One form for the three
 * gates; each gate is its own step, named by its task.
 */
public abstract class StageGate extends Step<StageGate.Values> {

  public enum Decision {
    PASS, REDO
  }

  public record Values(Decision decision, List<NoPass> failedChecks, String reasons) {
    public Values {
      failedChecks = listOrEmpty(failedChecks);
    }
  }

  private final Stage stage;
  private final CampaignRepository repository;
  private final CampaignTexts texts;

  protected StageGate(Stage stage, CampaignRepository repository, CampaignTexts texts) {
    this.stage = stage;
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("stage", stage.label());
    task.setVariableLocal("stageRecord", texts.stageRecord(UNIT_CAMPAIGN_ID.from(task), stage));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.decision() == Decision.REDO) {
      if (values.failedChecks().isEmpty()) {
        problems.add("回炉补课须勾选未达到的“不放过”要求");
      }
      if (Checks.length(values.reasons()) < 10) {
        problems.add("回炉补课须写明理由和补课要求（在“把关意见”中，至少 10 字）");
      }
    } else if (values.decision() == Decision.PASS && !values.failedChecks().isEmpty()) {
      problems.add("勾选了未达到的“不放过”要求，就不能通过：请选择“回炉补课”，或取消勾选");
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    boolean passed = values.decision() == Decision.PASS;
    repository.insertGate(UNIT_CAMPAIGN_ID.from(task), stage, passed, values.failedChecks(),
        Checks.blankToNull(values.reasons()), Actor.of(task));
    UnitCampaignProcess.STAGE_PASSED.set(task.getExecution(), passed);
  }
}
