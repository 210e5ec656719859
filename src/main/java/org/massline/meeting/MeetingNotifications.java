package org.massline.meeting;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.meeting.MeetingRepository.Absence;
import org.massline.meeting.MeetingRepository.Criticism;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.MeetingRecord;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingRepository.NotificationReader;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.RecordedIntervention;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Membership;
import org.massline.organization.Unit;
import org.massline.organization.UnitRole;
import org.springframework.stereotype.Component;

/**
 * The notification (通报) of the meeting's results, generated from what was recorded
 * ({@code composeNotification}); the principal edits and circulates it
 * ({@code steps.CirculateNotification}), the superior acknowledges it. Draft and final text are both kept.
 * The scope resolves to the people who read and acknowledge the signed text ({@code steps.ReadNotification}).
 */
@Component("meetingNotifications")
public class MeetingNotifications {

  private final MeetingRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;

  public MeetingNotifications(MeetingRepository repository, OrganizationRepository organization, PersonNames names) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
  }

  /** {@code composeNotification}: the draft, written from the meeting's tables. */
  public void compose(DelegateExecution execution) {
    long meetingId = MeetingProcess.MEETING_ID.from(execution);
    repository.insertNotification(meetingId, draft(meetingId));
  }

  /**
   * Whom the scope reaches in the meeting's unit, person id → as whom, in order: the leadership group,
   * the party members, the principals of the subordinate units' party organizations. The principal
   * who circulates it is left out.
   */
  public Map<String, String> reach(long meetingId, NotificationScope scope, String circulator) {
    Meeting meeting = repository.findMeeting(meetingId).orElseThrow();
    Map<String, String> readers = new LinkedHashMap<>();
    for (Membership m : organization.findUnitMembers(meeting.unitId())) {
      if (m.role().isLeadership() && scope.reachesLeadership()) {
        readers.putIfAbsent(m.personId(), "本单位领导班子成员");
      } else if (m.role() == UnitRole.PARTY_MEMBER && scope.reachesPartyMembers()) {
        readers.putIfAbsent(m.personId(), "本单位党员");
      }
    }
    if (scope.reachesSubordinateUnits()) {
      organization.findAllUnits().stream().filter(u -> meeting.unitId().equals(u.parentId())).forEach(u ->
          organization.findUnitMembers(u.id()).stream().filter(m -> m.role() == UnitRole.PRINCIPAL)
              .forEach(m -> readers.putIfAbsent(m.personId(), u.name() + "主要负责同志")));
    }
    readers.remove(circulator);
    return readers;
  }

  /** The collection of {@code readNotification}: who the signed (latest circulated) version reaches. */
  public List<String> readers(long meetingId) {
    return repository.findCirculatedNotification(meetingId).map(Notification::id).map(repository::findReadersOf)
        .orElse(List.of()).stream().map(NotificationReader::personId).toList();
  }

  /**
   * Every sentence states something recorded: the meeting record's date and attendance (the superior
   * leader and supervisors only when recorded as present), confirmed talks, reports and the reviews
   * that approved them, statements, criticisms, interventions, the commentary. Nothing is promised
   * or assumed.
   */
  String draft(long meetingId) {
    Meeting meeting = repository.findMeeting(meetingId).orElseThrow();
    String unitName = organization.findUnit(meeting.unitId()).map(Unit::name).orElse(meeting.unitId());
    List<Participant> participants = repository.findParticipants(meetingId);
    MeetingRecord record = repository.findLatestRecord(meetingId).orElseThrow();
    List<Criticism> criticisms = repository.findCriticisms(record.id());
    List<Absence> absences = repository.findAbsences(record.id());
    List<RecordedIntervention> interventions = repository.findInterventions(record.id());
    Map<Wind, Integer> problemsByWind = new EnumMap<>(Wind.class);
    Map<ProblemSource, Integer> problemsBySource = new EnumMap<>(ProblemSource.class);
    repository.findProblems(meetingId).forEach(p -> {
      problemsByWind.merge(p.wind(), 1, Integer::sum);
      problemsBySource.merge(p.source(), 1, Integer::sum);
    });

    StringBuilder text = new StringBuilder()
        .append("关于").append(unitName).append("领导班子").append(meeting.title()).append("召开情况的通报\n\n")
        .append(record.heldOn()).append("，").append(unitName).append("领导班子召开").append(meeting.title());
    repository.findLatestSchedule(meetingId).ifPresent(s -> text.append("（会议安排地点：").append(s.place()).append("）"));
    text.append("。班子应到 ").append(participants.size()).append(" 人，实到 ")
        .append(participants.size() - absences.size()).append(" 人");
    absences.forEach(a -> text.append("；").append(names.name(a.personId())).append("因")
        .append(a.reason()).append("缺席"));
    text.append("。");
    if (Boolean.TRUE.equals(record.superiorPresent())) {
      text.append("上级党组织").append(names.name(meeting.superiorLeaderId())).append("同志到会。");
    }
    if (!record.supervisorIdsPresent().isEmpty()) {
      text.append("督导组").append(String.join("、", record.supervisorIdsPresent().stream().map(names::name).toList()))
          .append("同志列席会议。");
    }

    long confirmedTalks = repository.findTalks(meetingId).stream().filter(t -> t.status() == TalkStatus.CONFIRMED).count();
    List<Report> reports = repository.findReports(meetingId);
    int drafts = 0;
    int returned = 0;
    int approved = 0;
    for (Report report : reports) {
      List<Review> reviews = repository.findReviews(report.id());
      drafts += reviews.size();
      returned += (int) reviews.stream().filter(r -> !r.approved()).count();
      approved += reviews.stream().anyMatch(Review::approved) ? 1 : 0;
    }
    text.append("\n\n一、会前准备。班子成员开展谈心谈话并经双方确认 ").append(confirmedTalks).append(" 人次；对照检查材料 ")
        .append(approved).append(" 份经上级党组织审核通过，共审核 ").append(drafts).append(" 稿");
    if (returned > 0) {
      text.append("，退回修改 ").append(returned).append(" 次");
    }
    text.append("。查摆问题 ").append(problemsByWind.values().stream().mapToInt(Integer::intValue).sum()).append(" 条");
    if (!problemsByWind.isEmpty()) {
      text.append("，其中");
      problemsByWind.forEach((wind, count) -> text.append(wind.label()).append(" ").append(count).append(" 条，"));
      text.setLength(text.length() - 1);
      // where they came from: the preparation, the talks (互相帮) and the members' own drafts (自己找)
      text.append("；按来源，");
      problemsBySource.forEach((source, count) -> text.append(source.label()).append(" ").append(count).append(" 条，"));
      text.setLength(text.length() - 1);
    }
    text.append("。\n\n二、会议情况。").append(repository.findStatements(record.id()).size())
        .append(" 名班子成员作对照检查发言");
    int madeUp = repository.findMakeUps(record.id()).size();
    if (madeUp > 0) {
      text.append("，").append(madeUp).append(" 名缺席成员会后补课提交书面发言");
    }
    text.append("，开展相互批评 ").append(criticisms.size()).append(" 条");
    if (!interventions.isEmpty()) {
      long corrected = interventions.stream().filter(i -> Boolean.TRUE.equals(i.corrected())).count();
      text.append("；督导组对 ").append(interventions.size()).append(" 处绕、躲、虚、偏的批评当场提醒纠正");
      if (corrected > 0) {
        text.append("，其中 ").append(corrected).append(" 处当场改正");
      }
    }
    text.append("。");
    repository.findCommentary(meetingId).stream().filter(c -> c.subjectId() == null).reduce((first, last) -> last)
        .ifPresent(c -> text.append("\n\n三、督导组点评。").append(c.affirmation()).append("同时指出：").append(c.problems())
            .append("。要求：").append(c.requirements()).append("。"));
    text.append("\n\n特此通报。");
    return text.toString();
  }
}
