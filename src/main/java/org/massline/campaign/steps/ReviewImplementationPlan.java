package org.massline.campaign.steps;

import static org.massline.campaign.CampaignProcess.CAMPAIGN_ID;

import java.util.Arrays;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignProcess;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignRepository.Plan;
import org.massline.campaign.CampaignTexts;
import org.massline.forms.Problems;
import org.massline.forms.Review;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code reviewImplementationPlan} (督导组审核活动实施方案): the supervision group approves the plan,
 * or returns it with what to change.
 */
@Component(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN)
public class ReviewImplementationPlan extends Step<Review> {

  private final CampaignRepository repository;
  private final CampaignTexts texts;

  public ReviewImplementationPlan(CampaignRepository repository, CampaignTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = CAMPAIGN_ID.from(task);
    Plan plan = repository.findLatestPlan(id).orElseThrow();
    StringBuilder text = new StringBuilder("第 ").append(plan.version()).append(" 稿\n需要着重解决的问题：\n")
        .append(plan.problems()).append("\n\n可能发生的情况和问题及预防对策：\n").append(plan.risks())
        .append("\n\n梯次安排：第一梯次 ")
        .append(repository.findCampaign(id).orElseThrow().startsOn()).append(" 开始，第二梯次 ")
        .append(plan.tier2OpensOn()).append("，第三梯次 ").append(plan.tier3OpensOn()).append("\n先整顿的软弱涣散班子：")
        .append(plan.weakUnits() == null ? "无" : String.join("、", Arrays.stream(plan.weakUnits()
            .split(",")).map(texts::unitName).toList()));
    task.setVariableLocal("planText", text.toString());
  }

  @Override
  protected void check(Review review, Submission submission, Problems problems) {
    review.check(problems);
  }

  @Override
  protected void complete(Review review, DelegateTask task) {
    Plan plan = repository.findLatestPlan(CAMPAIGN_ID.from(task)).orElseThrow();
    boolean approved = review.approved();
    repository.insertPlanReview(plan.id(), Actor.of(task), approved, review.keptReasons());
    CampaignProcess.PLAN_APPROVED.set(task.getExecution(), approved);
  }
}
