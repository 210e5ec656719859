package org.massline.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.organization.Membership;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** The meeting itself: scheduling, the record of what was said, and the supervision group's commentary. */
@Component("meetingSessions")
public class MeetingSessions {

  private final MeetingRepository repository;
  private final OrganizationRepository organization;
  private final PersonNames names;

  public MeetingSessions(MeetingRepository repository, OrganizationRepository organization, PersonNames names) {
    this.repository = repository;
    this.organization = organization;
    this.names = names;
  }

  /** {@code scheduleMeeting} create: who must attend, and the supervisors to choose from. */
  public void showForScheduling(DelegateTask task) {
    Meeting meeting = meeting(task);
    task.setVariableLocal("attendanceContext", "本班子成员：" + participantNames(meeting.id())
        + "\n上级党组织参会领导：" + names.name(meeting.superiorLeaderId())
        + "\n督导组全程列席，请至少选择一名督导组成员。");
    task.setVariableLocal("supervisorOptions", Values.json(names.options(supervisors(meeting))));
  }

  /** {@code scheduleMeeting} complete. */
  public void schedule(DelegateTask task) {
    Meeting meeting = meeting(task);
    repository.insertSchedule(meeting.id(), LocalDate.parse(Values.text(task.getVariableLocal("meetingDate"))),
        Values.text(task.getVariableLocal("startTime")), Values.text(task.getVariableLocal("place")),
        meeting.superiorLeaderId(), String.join(",", Values.strings(task.getVariableLocal("supervisorsAttending"))),
        MeetingTalks.blankToNull(Values.text(task.getVariableLocal("otherAttendees"))), Actor.of(task));
    repository.updateStatus(meeting.id(), "SCHEDULED");
  }

  /** {@code holdMeeting} create: one statement line per member, and the options for every list. */
  public void showForRecord(DelegateTask task) {
    Meeting meeting = meeting(task);
    List<String> members = repository.findParticipants(meeting.id()).stream().map(Participant::personId).toList();
    task.setVariableLocal("memberOptions", Values.json(names.options(members)));
    task.setVariableLocal("supervisorOptions", Values.json(names.options(supervisors(meeting))));
    List<Map<String, Object>> statements = new ArrayList<>();
    for (String member : members) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("memberId", member);
      line.put("summary", "");
      statements.add(line);
    }
    task.setVariableLocal("statements", Values.json(statements));
    repository.findSchedules(meeting.id()).stream().reduce((a, b) -> b).ifPresent(s ->
        task.setVariableLocal("meetingContext", "会议时间：" + s.get("meeting_date") + " " + s.get("start_time")
            + "\n会议地点：" + s.get("place") + "\n本班子成员：" + participantNames(meeting.id())));
  }

  /** {@code holdMeeting} complete: statements, criticisms, absences and interventions. */
  public void record(DelegateTask task) {
    Meeting meeting = meeting(task);
    long recordId = repository.insertRecord(meeting.id(), LocalDate.parse(Values.text(task.getVariableLocal("heldOn"))),
        MeetingTalks.blankToNull(Values.text(task.getVariableLocal("summary"))), Actor.of(task));
    for (Map<String, Object> s : Values.entries(task.getVariableLocal("statements"))) {
      String summary = Values.text(s.get("summary"));
      if (summary != null && !summary.isEmpty()) {
        repository.insertStatement(recordId, Values.text(s.get("memberId")), summary);
      }
    }
    for (Map<String, Object> c : Values.entries(task.getVariableLocal("criticisms"))) {
      repository.insertCriticism(recordId, Values.text(c.get("targetId")), Values.text(c.get("criticId")),
          Values.text(c.get("content")));
    }
    for (Map<String, Object> a : Values.entries(task.getVariableLocal("absences"))) {
      repository.insertAbsence(recordId, Values.text(a.get("memberId")), Values.text(a.get("reason")));
    }
    for (Map<String, Object> i : Values.entries(task.getVariableLocal("interventions"))) {
      repository.insertIntervention(recordId, Values.text(i.get("supervisorId")),
          Intervention.valueOf(Values.text(i.get("kind"))), MeetingTalks.blankToNull(Values.text(i.get("targetId"))),
          Values.text(i.get("note")));
    }
    repository.updateStatus(meeting.id(), "HELD");
  }

  /** {@code giveCommentary} create: what was said at the meeting, one commentary line per member. */
  public void showForCommentary(DelegateTask task) {
    Meeting meeting = meeting(task);
    StringBuilder context = new StringBuilder();
    repository.findLatestRecord(meeting.id()).ifPresent(r -> {
      long recordId = ((Number) r.get("id")).longValue();
      context.append("会议于 ").append(r.get("held_on")).append(" 召开。");
      repository.rowsOfRecord("meeting_statement", recordId).forEach(s -> context.append("\n\n")
          .append(names.name((String) s.get("person_id"))).append(" 的对照检查发言：").append(s.get("summary")));
      List<Map<String, Object>> criticisms = repository.rowsOfRecord("meeting_criticism", recordId);
      context.append("\n\n相互批评共 ").append(criticisms.size()).append(" 条。");
      criticisms.forEach(c -> context.append("\n· ").append(names.name((String) c.get("critic_id"))).append(" 对 ")
          .append(names.name((String) c.get("target_id"))).append("：").append(c.get("content")));
    });
    task.setVariableLocal("meetingRecord", context.toString().trim());
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Participant p : repository.findParticipants(meeting.id())) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("memberId", p.personId());
      line.put("memberName", names.name(p.personId()));
      line.put("affirmation", "");
      line.put("problems", "");
      line.put("requirements", "");
      lines.add(line);
    }
    task.setVariableLocal("memberCommentary", Values.json(lines));
    task.setVariableLocal("memberOptions", Values.json(names.options(
        repository.findParticipants(meeting.id()).stream().map(Participant::personId).toList())));
  }

  /** {@code giveCommentary} complete: on the group and on each member. */
  public void comment(DelegateTask task) {
    Meeting meeting = meeting(task);
    String supervisor = Actor.of(task);
    repository.insertCommentary(meeting.id(), null, supervisor, Values.text(task.getVariableLocal("groupAffirmation")),
        Values.text(task.getVariableLocal("groupProblems")), Values.text(task.getVariableLocal("groupRequirements")));
    for (Map<String, Object> line : Values.entries(task.getVariableLocal("memberCommentary"))) {
      repository.insertCommentary(meeting.id(), Values.text(line.get("memberId")), supervisor,
          orEmpty(line.get("affirmation")), orEmpty(line.get("problems")), orEmpty(line.get("requirements")));
    }
    repository.updateStatus(meeting.id(), "COMMENTED");
  }

  private static String orEmpty(Object value) {
    String text = Values.text(value);
    return text == null ? "" : text;
  }

  private Meeting meeting(DelegateTask task) {
    return repository.findMeeting(MeetingProcess.meetingId(task)).orElseThrow();
  }

  private List<String> supervisors(Meeting meeting) {
    return organization.findSupervisionMembers(meeting.supervisionGroupId()).stream().map(Membership::personId).toList();
  }

  private String participantNames(long meetingId) {
    return String.join("、", repository.findParticipants(meetingId).stream().map(p -> names.name(p.personId())).toList());
  }
}
