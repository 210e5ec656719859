package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;
import static org.massline.campaign.UnitCampaignProcess.UNIT_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRecordKind;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.campaign.UnitCampaigns;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code completeUnitRecords} (补齐参加单位的组织信息): the unit cannot hold its meeting or its rectification
 * yet — no principal, no superior, too few members. Its office closes the gaps (an organization import)
 * and says what it did; the task closes only once nothing is missing.
 */
@Component(UnitCampaignProcess.COMPLETE_UNIT_RECORDS)
public class CompleteUnitRecords extends Step<CompleteUnitRecords.Values> {

  public record Values(String note) {
  }

  private final UnitCampaigns unitCampaigns;
  private final CampaignRepository repository;

  public CompleteUnitRecords(UnitCampaigns unitCampaigns, CampaignRepository repository) {
    this.unitCampaigns = unitCampaigns;
    this.repository = repository;
  }

  @Override
  protected void show(DelegateTask task) {
    task.setVariableLocal("gaps", String.join("\n", unitCampaigns.gaps(UNIT_ID.from(task))));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    List<String> gaps = unitCampaigns.gaps(submission.variable(UNIT_ID));
    if (!gaps.isEmpty()) {
      problems.add("组织信息仍不齐全，请先在“组织机构”中导入补齐：" + String.join("；", gaps));
    }
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertUnitRecord(UNIT_CAMPAIGN_ID.from(task), CampaignRecordKind.UNIT_RECORDS, values.note(), null,
        Actor.of(task));
  }
}
