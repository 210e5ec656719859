package org.massline.campaign.steps;

import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.Stage;
import org.massline.campaign.UnitCampaignProcess;
import org.springframework.stereotype.Component;

/** {@code checkProblemStage}: the gate after the stage “查摆问题、开展批评”. */
@Component(UnitCampaignProcess.CHECK_PROBLEM_STAGE)
public class CheckProblemStage extends StageGate {

  public CheckProblemStage(CampaignRepository repository, CampaignTexts texts) {
    super(Stage.PROBLEMS, repository, texts);
  }
}
