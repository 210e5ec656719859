package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;
import static org.massline.campaign.UnitCampaignProcess.UNIT_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRecordKind;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.forms.Step;
import org.massline.organization.OrganizationRepository;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code reorganizeUnit} (整顿软弱涣散班子, DOMAIN §5): a weak, lax group is reorganized by its superior before
 * its campaign begins — what was wrong, what was done, the adjustments made. Once done the unit is no
 * longer flagged as weak; the record stays.
 */
@Component(UnitCampaignProcess.REORGANIZE_UNIT)
public class ReorganizeUnit extends Step<ReorganizeUnit.Values> {

  public record Values(String findings, String measures, String adjustments) {
  }

  private final CampaignRepository repository;
  private final OrganizationRepository organization;

  public ReorganizeUnit(CampaignRepository repository, OrganizationRepository organization) {
    this.repository = repository;
    this.organization = organization;
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertUnitRecord(UNIT_CAMPAIGN_ID.from(task), CampaignRecordKind.REORGANIZATION,
        "存在的问题：" + values.findings() + "\n整顿措施：" + values.measures(), values.adjustments(), Actor.of(task));
    organization.unflagWeak(UNIT_ID.from(task));
  }
}
