package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.organizationallife.BranchSessionKind;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingStatus;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code holdCommitteeMeeting} (召开支部委员会): criticism and self-criticism among the committee;
 * every committee member present receives criticism from another, nobody criticizes themselves.
 */
@Component(OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING)
public class HoldCommitteeMeeting extends Step<HoldCommitteeMeeting.Values> {

  public record Values(LocalDate heldOn, List<String> present, String summary, List<Criticism> criticisms) {
    public Values {
      present = listOrEmpty(present);
      criticisms = listOrEmpty(criticisms);
    }
  }

  public record Criticism(String critic, String target, String content) {
  }

  private final LifeMeetingRepository lifeMeetings;
  private final Branch branch;

  public HoldCommitteeMeeting(LifeMeetingRepository lifeMeetings, Branch branch) {
    this.lifeMeetings = lifeMeetings;
    this.branch = branch;
  }

  @Override
  protected void show(DelegateTask task) {
    List<String> committee = branch.committee(LIFE_MEETING_ID.from(task));
    task.setVariableLocal("committeeOptions", branch.options(committee));
    task.setVariableLocal("committeeContext", "支部委员会成员：" + branch.names(committee)
        + "。每位出席的委员都应接受其他委员的批评。");
  }

  @Override
  protected void check(Values meeting, Submission submission, Problems problems) {
    Checks.notInFuture(meeting.heldOn(), "会议日期", problems);
    List<String> committee = branch.committee(submission.variable(LIFE_MEETING_ID));
    if (meeting.present().size() < 2 && committee.size() >= 2) {
      problems.add("出席的支部委员不足 2 名，无法开展相互批评");
    }
    Set<String> criticized = new HashSet<>();
    for (int i = 0; i < meeting.criticisms().size(); i++) {
      Criticism c = meeting.criticisms().get(i);
      String at = "批评意见第 " + (i + 1) + " 条：";
      if (c.critic().equals(c.target())) {
        problems.add(at + "不能批评自己（自我批评写在会议情况中）");
      } else if (!meeting.present().contains(c.critic())) {
        problems.add(at + branch.name(c.critic()) + "同志未出席，不能提出批评");
      } else {
        criticized.add(c.target());
      }
    }
    if (meeting.present().size() >= 2) {
      meeting.present().stream().filter(p -> !criticized.contains(p))
          .forEach(p -> problems.add("还没有其他委员对" + branch.name(p) + "同志的批评"));
    }
  }

  @Override
  protected void complete(Values meeting, DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    long session = lifeMeetings.insertSession(id, BranchSessionKind.COMMITTEE, meeting.heldOn(), meeting.present(),
        meeting.summary(), Actor.of(task));
    meeting.criticisms().forEach(c -> lifeMeetings.insertCriticism(session, c.critic(), c.target(), c.content()));
    lifeMeetings.updateStatus(id, LifeMeetingStatus.GENERAL_MEETING);
  }
}
