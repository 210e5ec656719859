package org.massline.meeting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Talk;
import org.massline.meeting.MeetingRepository.TalkRecord;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** Heart-to-heart talks (谈心谈话): who talks with whom, the record, and the other side's confirmation. */
@Component("meetingTalks")
public class MeetingTalks {

  static final String CONFIRM = "confirm";
  static final String DISPUTE = "dispute";

  private final MeetingRepository repository;
  private final PersonNames names;

  public MeetingTalks(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  /** The collection of the talk multi-instance. */
  public List<Long> talkIds(long meetingId) {
    return repository.findTalks(meetingId).stream().map(Talk::id).toList();
  }

  public String initiator(long talkId) {
    return repository.findTalk(talkId).initiatorId();
  }

  public String partner(long talkId) {
    return repository.findTalk(talkId).partnerId();
  }

  /** {@code recordTalk} create: who the talk is with, and why a record was disputed before. */
  public void showForRecord(DelegateTask task) {
    Talk talk = repository.findTalk(MeetingProcess.talkId(task));
    StringBuilder context = new StringBuilder()
        .append("谈话类型：").append(talk.kind().label()).append('\n')
        .append("谈话双方：").append(names.name(talk.initiatorId())).append("、").append(names.name(talk.partnerId()));
    repository.findLatestTalkRecord(talk.id()).filter(r -> Boolean.FALSE.equals(r.confirmed())).ifPresent(r ->
        context.append("\n\n上一次记录（第 ").append(r.version()).append(" 稿）未被确认，对方意见：")
            .append(r.confirmationComment()));
    task.setVariableLocal("talkContext", context.toString());
    task.setName("与" + names.name(talk.partnerId()) + "谈心谈话并记录");
  }

  /** {@code recordTalk} complete: a new version of the record. */
  public void record(DelegateTask task) {
    long talkId = MeetingProcess.talkId(task);
    repository.insertTalkRecord(talkId, java.time.LocalDate.parse(Values.text(task.getVariableLocal("talkDate"))),
        Values.text(task.getVariableLocal("topics")), Values.isTrue(task.getVariableLocal("viewsExchanged")),
        blankToNull(Values.text(task.getVariableLocal("sharedNotes"))), Actor.of(task));
    repository.updateTalkStatus(talkId, "RECORDED");
  }

  /** {@code confirmTalk} create: the record to confirm. */
  public void showForConfirmation(DelegateTask task) {
    Talk talk = repository.findTalk(MeetingProcess.talkId(task));
    TalkRecord r = repository.findLatestTalkRecord(talk.id()).orElseThrow();
    task.setVariableLocal("talkSummary", describe(talk, r));
    task.setName("确认与" + names.name(talk.initiatorId()) + "的谈话记录");
  }

  /** {@code confirmTalk} complete: confirmed, or disputed (the talk is recorded again). */
  public void confirm(DelegateTask task) {
    long talkId = MeetingProcess.talkId(task);
    TalkRecord r = repository.findLatestTalkRecord(talkId).orElseThrow();
    boolean confirmed = CONFIRM.equals(Values.text(task.getVariableLocal("decision")));
    repository.confirmTalkRecord(r.id(), confirmed, blankToNull(Values.text(task.getVariableLocal("comment"))),
        Actor.of(task));
    repository.updateTalkStatus(talkId, confirmed ? "CONFIRMED" : "DISPUTED");
    task.getExecution().setVariable(MeetingProcess.TALK_CONFIRMED, confirmed);
  }

  String describe(Talk talk, TalkRecord r) {
    return "谈话类型：" + talk.kind().label() + "\n谈话双方：" + names.name(talk.initiatorId()) + "、"
        + names.name(talk.partnerId()) + "\n谈话日期：" + r.talkDate() + "\n谈话主题：" + r.topics()
        + "\n是否就彼此问题交换意见：" + (r.viewsExchanged() ? "是" : "否")
        + (r.sharedNotes() == null ? "" : "\n经双方同意记录的内容：" + r.sharedNotes());
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
