package org.massline.campaign.steps;

import static org.massline.campaign.CampaignProcess.CAMPAIGN_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignProcess;
import org.massline.campaign.CampaignRecordKind;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignTexts;
import org.massline.forms.Step;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code handleLateUnits}: the planned end passed with units still open. Nothing is cancelled (时间服从质量):
 * the office or a supervision group records how it pushes them on; the list is kept as it stood.
 */
@Component(CampaignProcess.HANDLE_LATE_UNITS)
public class HandleLateUnits extends Step<HandleLateUnits.Values> {

  public record Values(String measures) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;

  public HandleLateUnits(CampaignRepository repository, CampaignTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("lateUnits", texts.lateUnits(repository.findCampaign(CAMPAIGN_ID.from(task)).orElseThrow()));
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    Campaign campaign = repository.findCampaign(CAMPAIGN_ID.from(task)).orElseThrow();
    repository.insertReport(campaign.id(), CampaignRecordKind.LATE_UNITS, values.measures(), texts.lateUnits(campaign),
        Actor.of(task));
  }
}
