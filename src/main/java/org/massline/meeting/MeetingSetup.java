package org.massline.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.organization.CamundaGroups;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.Membership;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.massline.organization.UnitMeetingGuard;
import org.massline.organization.UnitRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Opens a meeting for the unit named by the business key: loads its leadership group, superior
 * and supervision group from the organization model, writes the talk list and the reports to
 * write, and grants the unit's viewers READ on the instance. Refuses units it cannot run for.
 */
@Component("meetingSetup")
public class MeetingSetup extends UnitMeetingGuard {

  static final String MEETING_NAME = "专题民主生活会";

  private final OrganizationRepository organization;
  private final MeetingRepository meetings;
  private final MeetingSettings settings;
  private final InstanceGrants grants;
  public MeetingSetup(OrganizationRepository organization, MeetingRepository meetings, MeetingSettings settings,
      InstanceGrants grants, MeetingUnits meetingUnits) {
    super(MeetingProcess.KEY, MEETING_NAME, MeetingProcess.UNIT_ID, meetingUnits, organization);
    this.organization = organization;
    this.meetings = meetings;
    this.settings = settings;
    this.grants = grants;
  }

  @Override
  protected Optional<Refusal> refusalOf(Unit unit) {
    return withoutSuperiorOrSupervision(unit, "无人审核对照检查材料", "无人列席会议和点评")
        .or(() -> meetings.findOpenMeeting(unit.id()).map(open -> alreadyRunning(unit, open.title(), open.startedAt())));
  }

  /** The first step of the process ({@code openMeeting}). */
  public void open(DelegateExecution execution) {
    Unit unit = unitToOpen(execution);
    String unitId = unit.id();
    String principal = meetingUnits().principalOf(unitId).orElseThrow();
    List<String> members = organization.findUnitMembers(unitId).stream()
        .filter(m -> m.role() == UnitRole.MEMBER).map(Membership::personId).toList();
    MeetingKind kind = MeetingKind.ANNUAL.name().equals(MeetingProcess.MEETING_KIND.from(execution))
        ? MeetingKind.ANNUAL : MeetingKind.SPECIAL;
    Number year = MeetingProcess.MEETING_YEAR.from(execution);
    Integer annualYear = null;
    if (kind == MeetingKind.ANNUAL) {
      if (year == null) {
        throw Refusals.invalid(MeetingProcess.MEETING_YEAR.name(), "年度民主生活会须填写年度");
      }
      annualYear = year.intValue();
      int held = annualYear;
      meetings.findAnnualMeeting(unitId, held).ifPresent(existing -> {
        throw Refusals.conflict(unit.name() + "的 " + held + " 年度民主生活会已于 "
            + Clock.toLocalDate(existing.startedAt()) + " 发起，每年只召开一次");
      });
    }
    String requestedTitle = MeetingProcess.MEETING_TITLE.from(execution);
    String title = requestedTitle != null && !requestedTitle.isBlank() ? requestedTitle.trim()
        : kind == MeetingKind.ANNUAL ? annualYear + " 年度民主生活会" : settings.getDefaultTitle();

    long meetingId;
    try {
      meetingId = meetings.insertMeeting(unitId, title, kind, annualYear, execution.getProcessInstanceId(),
          unit.superiorLeaderId(),
          unit.supervisionGroupId());
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw Refusals.conflict(unit.name() + "的专题民主生活会刚刚已由他人发起，请勿重复发起");
    }
    meetings.insertParticipant(meetingId, principal, UnitRole.PRINCIPAL.name());
    members.forEach(m -> meetings.insertParticipant(meetingId, m, UnitRole.MEMBER.name()));

    // 谈心谈话: the principal with every member, every pair of members, the superior with the principal, each of
    // the group with the cadres they are in charge of (分管), the supervision group with the principal and members
    members.forEach(m -> meetings.insertTalk(meetingId, TalkKind.PRINCIPAL_MEMBER, principal, m));
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        meetings.insertTalk(meetingId, TalkKind.MEMBER_MEMBER, members.get(i), members.get(j));
      }
    }
    meetings.insertTalk(meetingId, TalkKind.SUPERIOR_PRINCIPAL, unit.superiorLeaderId(), principal);
    List<String> group = new ArrayList<>(List.of(principal));
    group.addAll(members);
    cadreTalks(meetingId, group);
    supervisionTalks(meetingId, unit.supervisionGroupId(), principal, members);

    // 对照检查材料: the group report under the principal, and every member's own, the principal's included
    meetings.insertReport(meetingId, ReportKind.GROUP, principal);
    meetings.insertReport(meetingId, ReportKind.PERSONAL, principal);
    members.forEach(m -> meetings.insertReport(meetingId, ReportKind.PERSONAL, m));

    MeetingProcess.MEETING_ID.set(execution, meetingId);
    MeetingProcess.UNIT_ID.set(execution, unitId);
    MeetingProcess.PRINCIPAL.set(execution, principal);
    MeetingProcess.LEADERSHIP_GROUP.set(execution, CamundaGroups.leadershipOf(unitId));
    MeetingProcess.SUPERIOR_LEADER.set(execution, unit.superiorLeaderId());
    MeetingProcess.SUPERVISION_GROUP.set(execution, CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  /**
   * 分管: each of the group with every cadre they are in charge of — a person, or a unit's principal —
   * who is not of the group (talks within the group are held already).
   */
  private void cadreTalks(long meetingId, List<String> group) {
    for (String leader : group) {
      Set<String> cadres = new LinkedHashSet<>();
      for (String charge : organization.findInChargeOf(leader)) {
        Optional<String> cadre = organization.findUnit(charge).isPresent() ? meetingUnits().principalOf(charge)
            : Optional.of(charge);
        cadre.filter(c -> !group.contains(c)).ifPresent(cadres::add);
      }
      cadres.forEach(cadre -> meetings.insertTalk(meetingId, TalkKind.MEMBER_CADRE, leader, cadre));
    }
  }

  /**
   * The supervision group's talks (督导组谈话): its leader with the principal; its supervisors with the
   * members in turn (the leader alone where the group has no other).
   */
  private void supervisionTalks(long meetingId, String supervisionGroupId, String principal, List<String> members) {
    List<Membership> supervisors = organization.findSupervisionMembers(supervisionGroupId);
    if (supervisors.isEmpty()) {
      return;
    }
    String leader = supervisors.get(0).personId();
    meetings.insertTalk(meetingId, TalkKind.SUPERVISION_PRINCIPAL, leader, principal);
    List<String> others = supervisors.stream().skip(1).map(Membership::personId).toList();
    List<String> turn = others.isEmpty() ? List.of(leader) : others;
    for (int i = 0; i < members.size(); i++) {
      meetings.insertTalk(meetingId, TalkKind.SUPERVISION_MEMBER, turn.get(i % turn.size()), members.get(i));
    }
  }

  /**
   * The process's end listener, also when an administrator cancels it: the unit may hold its next
   * meeting.
   */
  public void release(DelegateExecution execution) {
    Long meetingId = MeetingProcess.MEETING_ID.from(execution);
    if (meetingId != null) {
      meetings.release(meetingId);
    }
  }
}
