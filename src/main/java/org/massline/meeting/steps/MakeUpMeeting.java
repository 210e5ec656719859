package org.massline.meeting.steps;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Absence;
import org.massline.meeting.MeetingRepository.MeetingRecord;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code makeUpMeeting} (补课：提交书面发言): each member the meeting record lists as absent makes up
 * with a written statement — their self-examination, their criticisms of the others and their response
 * to the criticisms they received (the form's schema holds their lengths) — kept beside the record, for the
 * commentary and the notification.
 */
@Component(MeetingProcess.MAKE_UP_MEETING)
public class MakeUpMeeting extends Step<MakeUpMeeting.Values> {

  public record Values(String statement, String criticisms, String response) {
  }

  private final MeetingRepository repository;
  private final MeetingPeople people;

  public MakeUpMeeting(MeetingRepository repository, MeetingPeople people) {
    this.repository = repository;
    this.people = people;
  }

  /** The members the latest record lists as absent: the multi-instance's collection (empty: straight on). */
  public List<String> absentees(long meetingId) {
    return repository.findLatestRecord(meetingId).map(r -> repository.findAbsences(r.id()).stream()
        .map(Absence::personId).toList()).orElse(List.of());
  }

  /** Why the member was recorded absent, and what was said at the meeting they missed. */
  @Override
  protected void show(DelegateTask task) {
    String absentee = MeetingProcess.ABSENTEE.from(task);
    MeetingRecord record = latestRecord(task);
    StringBuilder context = new StringBuilder("会议于 ").append(record.heldOn()).append(" 召开，");
    repository.findAbsences(record.id()).stream().filter(a -> a.personId().equals(absentee)).findFirst()
        .ifPresent(a -> context.append("您因").append(a.reason()).append("缺席，须补课提交书面发言。"));
    repository.findStatements(record.id()).forEach(s -> context.append("\n\n").append(people.name(s.personId()))
        .append(" 的对照检查发言：").append(s.summary()));
    repository.findCriticisms(record.id()).forEach(c -> context.append("\n· ").append(people.name(c.criticId()))
        .append(" 对 ").append(people.name(c.targetId())).append("：").append(c.content()));
    task.setVariableLocal("meetingRecord", context.toString());
    task.setName("补课：提交书面发言 · " + people.name(absentee));
  }

  @Override
  protected void complete(Values makeUp, DelegateTask task) {
    repository.insertMakeUp(latestRecord(task).id(), MeetingProcess.ABSENTEE.from(task), makeUp.statement(),
        makeUp.criticisms(), makeUp.response(), Actor.of(task));
  }

  private MeetingRecord latestRecord(DelegateTask task) {
    return repository.findLatestRecord(MeetingProcess.MEETING_ID.from(task)).orElseThrow();
  }
}
