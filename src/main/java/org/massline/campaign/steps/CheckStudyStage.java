package org.massline.campaign.steps;

import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.Stage;
import org.massline.campaign.UnitCampaignProcess;
import org.springframework.stereotype.Component;

/** {@code checkStudyStage}: the gate after the stage “学习教育、听取意见”. */
@Component(UnitCampaignProcess.CHECK_STUDY_STAGE)
public class CheckStudyStage extends StageGate {

  public CheckStudyStage(CampaignRepository repository, CampaignTexts texts) {
    super(Stage.STUDY, repository, texts);
  }
}
