package org.massline.campaign.steps;

import static org.massline.campaign.CampaignProcess.CAMPAIGN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignProcess;
import org.massline.campaign.CampaignRecordKind;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignTexts;
import org.massline.forms.Step;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** {@code summarizeCampaign} (活动总结): every unit done, the office sums the campaign up. */
@Component(CampaignProcess.SUMMARIZE_CAMPAIGN)
public class SummarizeCampaign extends Step<SummarizeCampaign.Values> {

  public record Values(String summary) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;

  public SummarizeCampaign(CampaignRepository repository, CampaignTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("progress", texts.progress(repository.findCampaign(CAMPAIGN_ID.from(task)).orElseThrow()));
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertReport(CAMPAIGN_ID.from(task), CampaignRecordKind.SUMMARY, values.summary(), null,
        Actor.of(task));
  }
}
