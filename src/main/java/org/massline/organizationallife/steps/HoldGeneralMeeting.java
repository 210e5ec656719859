package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.time.LocalDate;
import java.util.List;

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
 * {@code holdGeneralMeeting} (召开党员大会): after the committee meeting, with every party member;
 * the democratic appraisal of members follows.
 */
@Component(OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING)
public class HoldGeneralMeeting extends Step<HoldGeneralMeeting.Values> {

  public record Values(LocalDate heldOn, List<String> absent, String summary) {
    public Values {
      absent = listOrEmpty(absent);
    }
  }

  private final LifeMeetingRepository lifeMeetings;
  private final Branch branch;

  public HoldGeneralMeeting(LifeMeetingRepository lifeMeetings, Branch branch) {
    this.lifeMeetings = lifeMeetings;
    this.branch = branch;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    task.setVariableLocal("memberOptions", branch.options(branch.members(id)));
    task.setVariableLocal("generalContext", branch.describe(id));
  }

  @Override
  protected void check(Values meeting, Submission submission, Problems problems) {
    Checks.notInFuture(meeting.heldOn(), "会议日期", problems);
    long id = submission.variable(LIFE_MEETING_ID);
    lifeMeetings.findSession(id, BranchSessionKind.COMMITTEE)
        .filter(committee -> meeting.heldOn() != null && meeting.heldOn().isBefore(committee.heldOn()))
        .ifPresent(committee -> problems.add("党员大会不能早于支部委员会（" + committee.heldOn() + "）"));
    if (meeting.absent().size() * 2 >= branch.members(id).size()) {
      problems.add("缺席党员达到半数，党员大会不能进行民主评议，请改期召开");
    }
  }

  @Override
  protected void complete(Values meeting, DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    List<String> present = branch.members(id).stream().filter(m -> !meeting.absent().contains(m)).toList();
    lifeMeetings.insertSession(id, BranchSessionKind.GENERAL, meeting.heldOn(), present, meeting.summary(),
        Actor.of(task));
    lifeMeetings.updateStatus(id, LifeMeetingStatus.APPRAISAL);
  }
}
