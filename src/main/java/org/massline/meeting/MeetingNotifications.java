package org.massline.meeting;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.meeting.MeetingRepository.Absence;
import org.massline.meeting.MeetingRepository.Criticism;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.MeetingRecord;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.RecordedIntervention;
import org.massline.meeting.MeetingRepository.Schedule;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Unit;
import org.springframework.stereotype.Component;

/**
 * The notification (通报) of the meeting's results, generated from what was recorded
 * ({@code composeNotification}); the principal edits and circulates it
 * ({@code steps.CirculateNotification}), the superior acknowledges it. Draft and final text are both kept.
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

  String draft(long meetingId) {
    Meeting meeting = repository.findMeeting(meetingId).orElseThrow();
    String unitName = organization.findUnit(meeting.unitId()).map(Unit::name).orElse(meeting.unitId());
    List<Participant> participants = repository.findParticipants(meetingId);
    MeetingRecord record = repository.findLatestRecord(meetingId).orElseThrow();
    List<Criticism> criticisms = repository.findCriticisms(record.id());
    List<Absence> absences = repository.findAbsences(record.id());
    List<RecordedIntervention> interventions = repository.findInterventions(record.id());
    Schedule schedule = repository.findLatestSchedule(meetingId).orElseThrow();
    Map<Wind, Integer> problemsByWind = new EnumMap<>(Wind.class);
    repository.findProblems(meetingId).forEach(p -> problemsByWind.merge(p.wind(), 1, Integer::sum));

    StringBuilder text = new StringBuilder()
        .append("关于").append(unitName).append("领导班子").append(meeting.title()).append("召开情况的通报\n\n")
        .append(record.heldOn()).append("，").append(unitName).append("领导班子在").append(schedule.place())
        .append("召开").append(meeting.title()).append("。上级党组织").append(names.name(meeting.superiorLeaderId()))
        .append("同志到会指导，督导组全程列席。\n\n")
        .append("一、会前准备。班子成员开展谈心谈话 ").append(repository.findTalks(meetingId).size())
        .append(" 人次；班子及成员对照检查材料经上级党组织审核把关后提交会议。会前查摆问题 ")
        .append(problemsByWind.values().stream().mapToInt(Integer::intValue).sum()).append(" 条");
    if (!problemsByWind.isEmpty()) {
      text.append("，其中");
      problemsByWind.forEach((wind, count) -> text.append(wind.label()).append(" ").append(count).append(" 条，"));
      text.setLength(text.length() - 1);
    }
    text.append("。\n\n二、会议情况。班子应到 ").append(participants.size()).append(" 人，实到 ")
        .append(participants.size() - absences.size()).append(" 人");
    absences.forEach(a -> text.append("；").append(names.name(a.personId())).append("因")
        .append(a.reason()).append("请假"));
    text.append("。主要负责同志代表班子作对照检查，班子成员逐一作个人对照检查，开展相互批评 ")
        .append(criticisms.size()).append(" 条");
    if (!interventions.isEmpty()) {
      text.append("；督导组对 ").append(interventions.size()).append(" 处绕、躲、虚、偏的批评及时提醒纠正");
    }
    text.append("。\n\n三、督导组点评。");
    repository.findCommentary(meetingId).stream().filter(c -> c.subjectId() == null).findFirst()
        .ifPresent(c -> text.append(c.affirmation()).append("同时指出：").append(c.problems())
            .append("。要求：").append(c.requirements()).append("。"));
    text.append("\n\n四、下一步工作。班子将针对查摆出的问题和会上提出的批评意见，制定整改方案，明确任务书、时间表、责任人，")
        .append("逐项整改落实，接受群众监督。\n\n特此通报。");
    return text.toString();
  }
}
