package org.massline.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignRepository.Plan;
import org.massline.forms.FormOption;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.forms.StartGuard;
import org.massline.organization.CamundaGroups;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.massline.organization.UnitAccess;
import org.massline.security.Actor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Starts a region's campaign (business key: the office's unit, or the start form's {@code unitId}) and
 * keeps its calendar: started by a campaign office for its unit's subtree, one at a time and never
 * overlapping another running campaign's units; the tiers open on the approved plan's dates.
 */
@Component("campaignSetup")
@EnableConfigurationProperties(CampaignSettings.class)
public class CampaignSetup implements StartGuard {

  static final String NAME = "教育实践活动";
  static final String DEFAULT_TITLE = "党的群众路线教育实践活动（第二批）";

  private final OrganizationRepository organization;
  private final MeetingUnits meetingUnits;
  private final UnitAccess unitAccess;
  private final CampaignRepository repository;
  private final CampaignSettings settings;
  private final CampaignCalendar calendar;
  private final InstanceGrants grants;

  public CampaignSetup(OrganizationRepository organization, MeetingUnits meetingUnits, UnitAccess unitAccess,
      CampaignRepository repository, CampaignSettings settings, CampaignCalendar calendar, InstanceGrants grants) {
    this.organization = organization;
    this.meetingUnits = meetingUnits;
    this.unitAccess = unitAccess;
    this.repository = repository;
    this.settings = settings;
    this.calendar = calendar;
    this.grants = grants;
  }

  @Override
  public String processKey() {
    return CampaignProcess.KEY;
  }

  @Override
  public String businessKeyOf(Map<String, Object> startValues) {
    return CampaignProcess.UNIT_ID.from(startValues);
  }

  @Override
  public Map<String, List<FormOption>> startFormOptions(String userId, List<String> groups) {
    return Map.of(MeetingUnits.STARTABLE_UNITS, unitAccess.startableUnits(groups).stream()
        .map(unit -> new FormOption(unit.name(), unit.id())).toList());
  }

  @Override
  public Optional<Refusal> refusal(String unitId) {
    if (unitId == null || unitId.isBlank()) {
      return MeetingUnits.invalid("必须以单位编号作为业务键（businessKey）发起，例如 jc-city");
    }
    Optional<Unit> unit = organization.findUnit(unitId);
    if (unit.isEmpty()) {
      return MeetingUnits.invalid("单位“" + unitId + "”不存在");
    }
    if (unit.get().supervisionGroupId() == null) {
      return MeetingUnits.invalid("单位“" + unit.get().name() + "”没有督导组，无人审核活动实施方案");
    }
    Set<String> units = subtree(unitId);
    Set<String> above = new LinkedHashSet<>();
    String up = unitId;
    while (up != null && above.add(up)) {
      up = organization.findUnit(up).map(Unit::parentId).orElse(null);
    }
    return repository.findOpenCampaigns().stream()
        .filter(open -> units.contains(open.unitId()) || above.contains(open.unitId())).findFirst()
        .map(open -> new Refusal(Refusal.CONFLICT, "“" + organization.findUnit(open.unitId()).map(Unit::name)
            .orElse(open.unitId()) + "”的“" + open.title() + "”（" + open.startsOn() + " 开始）正在进行，其单位与本次活动重叠"));
  }

  @Override
  public Optional<Refusal> refusalFor(String unitId, String userId, List<String> groups) {
    return meetingUnits.forbidden(unitId, groups, NAME).or(() -> refusal(unitId));
  }

  /** The first step ({@code openCampaign}): the rules once more, the start date, the row, who works it. */
  public void open(DelegateExecution execution) {
    String unitId = execution.getProcessBusinessKey();
    refusal(unitId).ifPresent(r -> {
      throw Refusals.raise(r);
    });
    Unit unit = organization.findUnit(unitId).orElseThrow();
    LocalDate startsOn = startsOn(CampaignProcess.STARTS_ON.from(execution));
    String title = Optional.ofNullable(CampaignProcess.TITLE.from(execution)).map(String::trim)
        .filter(t -> !t.isEmpty()).orElse(DEFAULT_TITLE);
    Instant origin = Clock.now().toInstant();
    LocalDate endsOn = startsOn.plus(settings.duration());
    long id;
    try {
      id = repository.insertCampaign(unitId, title, startsOn, endsOn, calendar.at(startsOn, origin, endsOn), execution.getProcessInstanceId(),
          Actor.authenticatedUser());
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw Refusals.conflict(unit.name() + "的教育实践活动刚刚已由他人发起，请勿重复发起");
    }
    CampaignProcess.CAMPAIGN_ID.set(execution, id);
    CampaignProcess.OFFICE_GROUP.set(execution, CamundaGroups.officeOf(unitId));
    CampaignProcess.SUPERVISION_GROUP.set(execution, CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  private LocalDate startsOn(String text) {
    LocalDate today = Clock.today();
    if (text == null || text.isBlank()) {
      return today;
    }
    LocalDate date;
    try {
      date = LocalDate.parse(text.trim().length() > 10 ? text.trim().substring(0, 10) : text.trim());
    } catch (DateTimeParseException e) {
      throw Refusals.invalid(CampaignProcess.STARTS_ON.name(), "开始日期“" + text + "”不是日期，应为 年-月-日");
    }
    LocalDate earliest = today.minus(settings.startTolerance());
    if (date.isBefore(earliest)) {
      throw Refusals.invalid(CampaignProcess.STARTS_ON.name(), "开始日期 " + date + " 太早：最早可填 " + earliest
          + "（补录已开始的活动最多提前 " + settings.startTolerance().getDays() + " 天）");
    }
    if (date.isAfter(today.plusYears(1))) {
      throw Refusals.invalid(CampaignProcess.STARTS_ON.name(), "开始日期 " + date + " 太晚：最晚可填 " + today.plusYears(1));
    }
    return date;
  }

  /** The office's unit and every unit below it. */
  public Set<String> subtree(String unitId) {
    Set<String> ids = new LinkedHashSet<>();
    organization.findSubtree(unitId).forEach(u -> ids.add(u.id()));
    return ids;
  }

  /** The planned date a tier opens: the start for tier 1, else the configured offset (the plan proposes its own). */
  public LocalDate defaultOpening(Campaign campaign, int tier) {
    return campaign.startsOn().plus(settings.tierOpens().get(tier));
  }

  /** When the tier opens ({@code tierOpens}' timer): on the approved plan's date. */
  public Date tierOpens(long campaignId, int tier) {
    Campaign campaign = repository.findCampaign(campaignId).orElseThrow();
    return CampaignCalendar.date(calendar.at(campaign.startsOn(), campaign.startedAt().toInstant(),
        openingDate(campaign, repository.findLatestPlan(campaignId).orElseThrow(), tier)));
  }

  private static LocalDate openingDate(Campaign campaign, Plan plan, int tier) {
    return switch (tier) {
      case 1 -> campaign.startsOn();
      case 2 -> plan.tier2OpensOn();
      case 3 -> plan.tier3OpensOn();
      default -> throw new IllegalArgumentException("tier " + tier);
    };
  }

  /** The campaign's planned end ({@code campaignOverdue}'s timer). */
  public Date plannedEnd(long campaignId) {
    return repository.findCampaign(campaignId).orElseThrow().plannedEnd();
  }

  /**
   * {@code rollOutCampaign}: the approved plan fixes each unit's tier opening and its stages' planned
   * dates, one after another from it; every unit of the subtree is listed, planned, before its tier opens.
   */
  public void rollOut(DelegateExecution execution) {
    long id = CampaignProcess.CAMPAIGN_ID.from(execution);
    Campaign campaign = repository.findCampaign(id).orElseThrow();
    Plan plan = repository.findLatestPlan(id).orElseThrow();
    Set<String> weak = Set.copyOf(organization.findWeakUnits());
    Instant origin = campaign.startedAt().toInstant();
    for (Unit unit : organization.findSubtree(campaign.unitId())) {
      LocalDate start = openingDate(campaign, plan, unit.tier());
      long unitCampaignId = repository.insertUnitCampaign(id, unit.id(), unit.tier(), weak.contains(unit.id()),
          calendar.at(campaign.startsOn(), origin, start.plus(settings.unitMinimum())));
      for (Stage stage : Stage.values()) {
        Period length = settings.stages().get(stage);
        repository.insertStagePlan(unitCampaignId, stage, calendar.at(campaign.startsOn(), origin, start),
            calendar.at(campaign.startsOn(), origin, start.plus(length)));
        start = start.plus(length);
      }
    }
    repository.updateStatus(id, CampaignStatus.RUNNING);
  }

  /** The tiers that roll out ({@code rollOutTiers}' collection), each on its own date. */
  public List<Integer> tiers() {
    return List.copyOf(settings.tierOpens().keySet());
  }

  /**
   * Who is handed the units still open at the campaign's planned end ({@code handleLateUnits}): the
   * office and the supervision groups of those units, as candidate groups.
   */
  public String lateHandlers(long campaignId) {
    Campaign campaign = repository.findCampaign(campaignId).orElseThrow();
    Set<String> groups = new LinkedHashSet<>();
    groups.add(CamundaGroups.officeOf(campaign.unitId()));
    repository.findUnitCampaigns(campaignId).stream().filter(unit -> unit.completedAt() == null)
        .forEach(unit -> organization.findUnit(unit.unitId()).map(Unit::supervisionGroupId)
            .ifPresent(group -> groups.add(CamundaGroups.supervisionGroup(group))));
    return String.join(",", groups);
  }

  /** The units of a tier ({@code runUnitCampaigns}' collection). */
  public List<String> unitsOfTier(long campaignId, int tier) {
    return repository.findUnitsOfTier(campaignId, tier);
  }

  /** The end event: every tier's units done. */
  public void complete(DelegateExecution execution) {
    repository.release(CampaignProcess.CAMPAIGN_ID.from(execution), CampaignStatus.COMPLETED);
  }

  /** The end listener, also when an administrator cancels it: the office may start its next one. */
  public void release(DelegateExecution execution) {
    Long id = CampaignProcess.CAMPAIGN_ID.from(execution);
    if (id != null) {
      repository.release(id, CampaignStatus.CANCELLED);
    }
  }
}
