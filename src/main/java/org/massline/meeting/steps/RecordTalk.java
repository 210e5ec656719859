package org.massline.meeting.steps;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.Talk;
import org.massline.meeting.ProblemSource;
import org.massline.meeting.TalkStatus;
import org.massline.meeting.Wind;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code recordTalk} (谈心谈话并记录): the talk's record, a new version each time it is recorded again,
 * and the problems the two raised with each other (互相帮), which join the meeting's problem list.
 */
@Component(MeetingProcess.RECORD_TALK)
public class RecordTalk extends Step<RecordTalk.Values> {

  public record Values(LocalDate talkDate, String topics, boolean viewsExchanged, String sharedNotes,
      List<RaisedProblem> problemsRaised) {
    public Values {
      problemsRaised = listOrEmpty(problemsRaised);
    }
  }

  /** A problem of one of the two, raised in the talk. */
  public record RaisedProblem(String subject, Wind wind, String description) {
  }

  private final MeetingRepository repository;
  private final PersonNames names;

  public RecordTalk(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  /** Who the talk is with, and why a record was disputed before. */
  @Override
  protected void show(DelegateTask task) {
    Talk talk = repository.findTalk(MeetingProcess.TALK_ID.from(task));
    StringBuilder context = new StringBuilder()
        .append("谈话类型：").append(talk.kind().label()).append('\n')
        .append("谈话双方：").append(names.name(talk.initiatorId())).append("、").append(names.name(talk.partnerId()));
    repository.findLatestTalkRecord(talk.id()).filter(r -> Boolean.FALSE.equals(r.confirmed())).ifPresent(r ->
        context.append("\n\n上一次记录（第 ").append(r.version()).append(" 稿）未被确认，对方意见：")
            .append(r.confirmationComment()));
    task.setVariableLocal("talkContext", context.toString());
    task.setVariableLocal("talkPartyOptions", org.massline.forms.Values.json(names.options(parties(talk))));
    task.setName("与" + names.name(talk.partnerId()) + "谈心谈话并记录");
  }

  @Override
  protected void check(Values talk, Submission submission, Problems problems) {
    Checks.notInFuture(talk.talkDate(), "谈话日期", problems);
  }

  @Override
  protected void complete(Values talk, DelegateTask task) {
    long talkId = MeetingProcess.TALK_ID.from(task);
    repository.insertTalkRecord(talkId, talk.talkDate(), talk.topics(), talk.viewsExchanged(),
        Checks.blankToNull(talk.sharedNotes()), Actor.of(task));
    repository.updateTalkStatus(talkId, TalkStatus.RECORDED);
    if (talk.problemsRaised().isEmpty()) {
      // the meeting's problem list is read only to add to it
      return;
    }
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    for (RaisedProblem p : talk.problemsRaised()) {
      repository.addProblemOnce(meetingId, p.subject(), p.wind(), ProblemSource.MUTUAL, p.description());
    }
  }

  /** The two of the talk who are of the leadership group (the superior leader's problems are not the meeting's). */
  private List<String> parties(Talk talk) {
    List<String> group = repository.findParticipants(talk.meetingId()).stream().map(Participant::personId).toList();
    return Stream.of(talk.initiatorId(), talk.partnerId()).filter(group::contains).toList();
  }
}
