package org.massline.campaign.steps;

import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.Stage;
import org.massline.campaign.UnitCampaignProcess;
import org.springframework.stereotype.Component;

/** {@code checkRectificationStage}: the gate after the stage “整改落实、建章立制”. */
@Component(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE)
public class CheckRectificationStage extends StageGate {

  public CheckRectificationStage(CampaignRepository repository, CampaignTexts texts) {
    super(Stage.RECTIFICATION, repository, texts);
  }
}
