package org.massline.meeting.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Talk;
import org.massline.meeting.MeetingRepository.TalkRecord;
import org.massline.meeting.TalkStatus;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code confirmTalk} (确认谈话记录): the other side confirms the record, or disputes it with a reason
 * and the talk is recorded again. Sets {@code talkConfirmed}, which the BPMN routes on.
 */
@Component(MeetingProcess.CONFIRM_TALK)
public class ConfirmTalk extends Step<ConfirmTalk.Values> {

  public enum Decision {
    @JsonProperty("confirm") CONFIRM,
    @JsonProperty("dispute") DISPUTE
  }

  public record Values(Decision decision, String comment) {
  }

  private final MeetingRepository repository;
  private final PersonNames names;

  public ConfirmTalk(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  /** The record to confirm. */
  @Override
  protected void show(DelegateTask task) {
    Talk talk = repository.findTalk(MeetingProcess.TALK_ID.from(task));
    TalkRecord r = repository.findLatestTalkRecord(talk.id()).orElseThrow();
    task.setVariableLocal("talkSummary", "谈话类型：" + talk.kind().label() + "\n谈话双方：" + names.name(talk.initiatorId())
        + "、" + names.name(talk.partnerId()) + "\n谈话日期：" + r.talkDate() + "\n谈话主题：" + r.topics()
        + "\n是否就彼此问题交换意见：" + (r.viewsExchanged() ? "是" : "否")
        + (r.sharedNotes() == null ? "" : "\n经双方同意记录的内容：" + r.sharedNotes()));
    task.setName("确认与" + names.name(talk.initiatorId()) + "的谈话记录");
  }

  @Override
  protected void check(Values confirmation, Submission submission, Problems problems) {
    if (confirmation.decision() == Decision.DISPUTE && Checks.length(confirmation.comment()) < 5) {
      problems.add("对谈话记录有异议时，请在“意见”中写明异议（至少 5 个字）");
    }
  }

  /** Confirmed, or disputed (the talk is recorded again). */
  @Override
  protected void complete(Values confirmation, DelegateTask task) {
    long talkId = MeetingProcess.TALK_ID.from(task);
    boolean confirmed = confirmation.decision() == Decision.CONFIRM;
    repository.confirmLatestTalkRecord(talkId, confirmed, Checks.blankToNull(confirmation.comment()), Actor.of(task));
    repository.updateTalkStatus(talkId, confirmed ? TalkStatus.CONFIRMED : TalkStatus.DISPUTED);
    // the talk's own scope (the task runs in the talk's subprocess): each talk routes on its own decision
    MeetingProcess.TALK_CONFIRMED.setLocal(task.getExecution(), confirmed);
  }
}
