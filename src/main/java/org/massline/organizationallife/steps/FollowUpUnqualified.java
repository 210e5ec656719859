package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.organizationallife.FollowUpMeasure;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code followUpUnqualified} (处置不合格党员): for a member appraised 不合格, the secretary talks with
 * them and records what the branch decided.
 */
@Component(OrganizationalLifeMeetingProcess.FOLLOW_UP_UNQUALIFIED)
public class FollowUpUnqualified extends Step<FollowUpUnqualified.Values> {

  public record Values(FollowUpMeasure measure, LocalDate talkDate, String reasons) {
  }

  private final LifeMeetingRepository lifeMeetings;
  private final Branch branch;

  public FollowUpUnqualified(LifeMeetingRepository lifeMeetings, Branch branch) {
    this.lifeMeetings = lifeMeetings;
    this.branch = branch;
  }

  @Override
  protected void show(DelegateTask task) {
    String member = OrganizationalLifeMeetingProcess.APPRAISED_MEMBER.from(task);
    AppraisalResult r = lifeMeetings.findResults(LIFE_MEETING_ID.from(task)).stream()
        .filter(result -> result.memberId().equals(member)).findFirst().orElseThrow();
    task.setVariableLocal("followUpContext", branch.name(member) + "同志民主评议结果：不合格（优秀 " + r.excellent()
        + " 票，合格 " + r.qualified() + " 票，基本合格 " + r.basicallyQualified() + " 票，不合格 " + r.unqualified()
        + " 票）。请与其谈话，并按规定作出处置。");
    task.setName(task.getName() + "：" + branch.name(member));
  }

  @Override
  protected void check(Values v, Submission submission, Problems problems) {
    Checks.notInFuture(v.talkDate(), "谈话日期", problems);
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    lifeMeetings.insertFollowUp(LIFE_MEETING_ID.from(task), OrganizationalLifeMeetingProcess.APPRAISED_MEMBER.from(task),
        v.measure(), v.talkDate(), v.reasons(), Actor.of(task));
  }
}
