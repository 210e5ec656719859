package org.massline.organizationallife;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.organization.CamundaGroups;
import org.massline.organization.CategoryGuidance;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.Membership;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.SelfExamination;
import org.massline.organization.Unit;
import org.massline.organization.UnitMeetingGuard;
import org.massline.organization.UnitRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens an organizational life meeting for the branch named by the business key: the branch as it
 * is now (secretary, committee, party members — leading cadres who belong to it among them, as
 * ordinary members), whether members write brief self-examinations (unit-category.dmn), and READ on
 * the instance for those who see the unit's work. Refuses branches that cannot hold one.
 */
@Component("lifeMeetingSetup")
public class LifeMeetingSetup extends UnitMeetingGuard {

  static final String MEETING_NAME = "组织生活会";
  static final String DEFAULT_TITLE = "组织生活会和民主评议党员";
  /** Democratic appraisal needs someone to appraise each member besides themselves. */
  static final int MIN_MEMBERS = 3;

  private final OrganizationRepository organization;
  private final LifeMeetingRepository lifeMeetings;
  private final CategoryGuidanceDecision categories;
  private final InstanceGrants grants;

  public LifeMeetingSetup(OrganizationRepository organization, LifeMeetingRepository lifeMeetings,
      MeetingUnits meetingUnits, CategoryGuidanceDecision categories, InstanceGrants grants) {
    super(OrganizationalLifeMeetingProcess.KEY, MEETING_NAME, OrganizationalLifeMeetingProcess.UNIT_ID, meetingUnits,
        organization);
    this.organization = organization;
    this.lifeMeetings = lifeMeetings;
    this.categories = categories;
    this.grants = grants;
  }

  @Override
  protected Optional<Refusal> refusalOf(Unit unit) {
    if (branch(unit.id()).size() < MIN_MEMBERS) {
      return MeetingUnits.invalid(unit.name() + "的党员不足 " + MIN_MEMBERS + " 名，无法开展民主评议党员");
    }
    return withoutSuperiorOrSupervision(unit, "无人签收组织生活会情况", "逾期的任务无人督办")
        .or(() -> lifeMeetings.findOpenLifeMeeting(unit.id()).map(open -> alreadyRunning(unit, open.title(),
            open.startedAt())));
  }

  /** The first step of the process ({@code openLifeMeeting}). */
  public void open(DelegateExecution execution) {
    Unit unit = unitToOpen(execution);
    String unitId = unit.id();
    CategoryGuidance guidance = categories.of(unit.category());
    String requested = OrganizationalLifeMeetingProcess.MEETING_TITLE.from(execution);
    String title = requested != null && !requested.isBlank() ? requested.trim() : DEFAULT_TITLE;
    long id;
    try {
      id = lifeMeetings.insertLifeMeeting(unitId, title, execution.getProcessInstanceId(), guidance.selfExamination(),
          unit.superiorLeaderId());
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw Refusals.conflict(unit.name() + "的组织生活会刚刚已由他人发起，请勿重复发起");
    }
    branch(unitId).forEach(m -> lifeMeetings.insertParticipant(id, m.personId(), m.role()));

    LIFE_MEETING_ID.set(execution, id);
    OrganizationalLifeMeetingProcess.UNIT_ID.set(execution, unitId);
    OrganizationalLifeMeetingProcess.SECRETARY.set(execution, meetingUnits().principalOf(unitId).orElseThrow());
    OrganizationalLifeMeetingProcess.SUPERIOR_LEADER.set(execution, unit.superiorLeaderId());
    OrganizationalLifeMeetingProcess.SUPERVISION_GROUP.set(execution,
        CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    OrganizationalLifeMeetingProcess.WRITES_SELF_EXAMINATION.set(execution,
        guidance.selfExamination() != SelfExamination.OPTIONAL);
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  /** The end listener, also when an administrator cancels the process: the branch may hold its next one. */
  public void release(DelegateExecution execution) {
    Long id = LIFE_MEETING_ID.from(execution);
    if (id != null) {
      lifeMeetings.release(id);
    }
  }

  /** Who writes a brief self-examination, and who appraises: every party member of the branch. */
  public List<String> members(long lifeMeetingId) {
    return lifeMeetings.findParticipants(lifeMeetingId).stream().map(LifeMeetingRepository.Participant::personId)
        .toList();
  }

  /** The party members of a branch, each once, by the role that places them highest (a secretary is a member too). */
  private List<Membership> branch(String unitId) {
    Map<String, Membership> byPerson = new LinkedHashMap<>();
    organization.findUnitMembers(unitId).stream()
        .filter(m -> m.role() == UnitRole.PRINCIPAL || m.role() == UnitRole.MEMBER || m.role() == UnitRole.PARTY_MEMBER)
        .sorted(Comparator.comparing(Membership::role))
        .forEach(m -> byPerson.putIfAbsent(m.personId(), m));
    return List.copyOf(byPerson.values());
  }
}
