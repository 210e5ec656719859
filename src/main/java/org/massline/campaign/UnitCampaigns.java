package org.massline.campaign;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.campaign.CampaignRepository.UnitCampaign;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.forms.StartGuards;
import org.massline.organization.CamundaGroups;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.massline.organization.UnitAccess;
import org.springframework.stereotype.Component;

/**
 * What {@code unit-campaign.bpmn} does besides its people's steps: opens the unit's campaign on the row its
 * tier planned, checks that the unit can hold its meeting and its rectification (else its office closes
 * the gaps first), enters each stage and closes the unit once it has run its minimum.
 */
@Component("unitCampaigns")
public class UnitCampaigns {

  static final String RECTIFICATION = "rectification";

  private final CampaignRepository repository;
  private final OrganizationRepository organization;
  private final MeetingUnits meetingUnits;
  private final UnitAccess unitAccess;
  private final CategoryGuidanceDecision categories;
  private final StartGuards startGuards;
  private final InstanceGrants grants;
  private final CampaignCalendar calendar;
  private final CampaignSettings settings;

  public UnitCampaigns(CampaignRepository repository, OrganizationRepository organization, MeetingUnits meetingUnits,
      UnitAccess unitAccess, CategoryGuidanceDecision categories, StartGuards startGuards, InstanceGrants grants,
      CampaignCalendar calendar, CampaignSettings settings) {
    this.repository = repository;
    this.organization = organization;
    this.meetingUnits = meetingUnits;
    this.unitAccess = unitAccess;
    this.categories = categories;
    this.startGuards = startGuards;
    this.grants = grants;
    this.calendar = calendar;
    this.settings = settings;
  }

  /** The first step ({@code openUnitCampaign}): the planned row becomes the running unit, its viewers may watch. */
  public void open(DelegateExecution execution) {
    String unitId = execution.getProcessBusinessKey();
    Long campaignId = UnitCampaignProcess.CAMPAIGN_ID.from(execution);
    // only a campaign's tier starts a unit's campaign; an administrator starting one by hand is told so
    UnitCampaign unit = (campaignId == null ? Optional.<UnitCampaign>empty()
        : repository.findUnitCampaign(campaignId, unitId)).orElseThrow(() -> Refusals.invalid(
            UnitCampaignProcess.UNIT_ID.name(), "单位“" + unitId + "”不在这次教育实践活动的安排中：单位的教育实践活动由活动按梯次发起"));
    repository.begin(unit.id(), execution.getProcessInstanceId(),
        calendar.after(Clock.now().toInstant(), settings.unitMinimum()));
    UnitCampaignProcess.UNIT_CAMPAIGN_ID.set(execution, unit.id());
    UnitCampaignProcess.UNIT_ID.set(execution, unitId);
    UnitCampaignProcess.CATEGORY.set(execution, organization.findUnit(unitId).orElseThrow().category().name());
    UnitCampaignProcess.WEAK.set(execution, unit.weak());
    UnitCampaignProcess.LEADERSHIP_GROUP.set(execution, CamundaGroups.leadershipOf(unitId));
    UnitCampaignProcess.OFFICE_GROUPS.set(execution, String.join(",", unitAccess.officeGroups(unitId)));
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  /**
   * {@code checkReadiness}: the unit can begin once it could start its meeting and its rectification — a
   * principal, a superior, a supervision group, enough members. Who answers for what is read afresh each
   * time, so that what the office imported in the meantime counts. A meeting or rectification the unit is
   * running on its own now is no gap: the stage waits for it.
   */
  public void checkReadiness(DelegateExecution execution) {
    String unitId = UnitCampaignProcess.UNIT_ID.from(execution);
    boolean ready = gaps(unitId).isEmpty();
    UnitCampaignProcess.READY.set(execution, ready);
    long id = UnitCampaignProcess.UNIT_CAMPAIGN_ID.from(execution);
    if (ready) {
      if (Boolean.TRUE.equals(UnitCampaignProcess.WEAK.from(execution))) {
        repository.updateStatus(id, UnitCampaignStatus.REORGANIZING);
      }
      Unit unit = organization.findUnit(unitId).orElseThrow();
      UnitCampaignProcess.PRINCIPAL.set(execution, meetingUnits.principalOf(unitId).orElseThrow());
      UnitCampaignProcess.SUPERIOR_LEADER.set(execution, unit.superiorLeaderId());
      UnitCampaignProcess.SUPERVISION_GROUP.set(execution, CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    } else {
      repository.updateStatus(id, UnitCampaignStatus.PREPARING);
    }
  }

  /**
   * The leading cadres whose contact point (联系点) the unit is: candidates at its gates beside the
   * supervision group, read when each gate opens.
   */
  public List<String> contactCadres(String unitId) {
    return organization.findContactLeadersOf(unitId);
  }

  /** Why the unit cannot begin its campaign yet, each reason a sentence; empty when it can. */
  public List<String> gaps(String unitId) {
    Unit unit = organization.findUnit(unitId).orElseThrow();
    List<String> gaps = new ArrayList<>();
    String meeting = categories.of(unit.category()).meetingType();
    for (String key : List.of(meeting, RECTIFICATION)) {
      startGuards.of(key).flatMap(guard -> guard.refusal(unitId)).filter(r -> r.status() != Refusal.CONFLICT)
          .map(Refusal::reason).filter(reason -> !gaps.contains(reason)).ifPresent(gaps::add);
    }
    return gaps;
  }

  /** A stage's subprocess begins: the first time, or again after its gate sent the unit back. */
  public void enterStage(DelegateExecution execution, String stage) {
    long id = UnitCampaignProcess.UNIT_CAMPAIGN_ID.from(execution);
    Stage entered = Stage.valueOf(stage);
    repository.enterStage(id, entered);
    repository.updateStatus(id, UnitCampaignStatus.of(entered));
  }

  /** {@code minimumDurationHeld}'s timer: the unit closes no sooner than its minimum after it began. */
  public Date earliestClose(long unitCampaignId) {
    return repository.findUnitCampaign(unitCampaignId).orElseThrow().earliestClose();
  }

  /** Every gate passed: the unit waits out its minimum duration. */
  public void awaitMinimum(DelegateExecution execution) {
    repository.updateStatus(UnitCampaignProcess.UNIT_CAMPAIGN_ID.from(execution), UnitCampaignStatus.CLOSING);
  }

  /** The end event. */
  public void complete(DelegateExecution execution) {
    repository.finish(UnitCampaignProcess.UNIT_CAMPAIGN_ID.from(execution), UnitCampaignStatus.DONE);
  }

  /** The end listener, also when an administrator cancels the unit's campaign. */
  public void release(DelegateExecution execution) {
    Optional.ofNullable(UnitCampaignProcess.UNIT_CAMPAIGN_ID.from(execution))
        .ifPresent(id -> repository.finish(id, UnitCampaignStatus.CANCELLED));
  }
}
