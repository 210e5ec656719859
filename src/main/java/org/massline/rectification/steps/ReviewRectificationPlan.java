package org.massline.rectification.steps;

import static org.massline.rectification.RectificationProcess.RECTIFICATION_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Problems;
import org.massline.forms.Review;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.PlanReviewer;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationProcess;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.rectification.RectificationStatus;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code reviewRectificationPlan} (上级党组织审核整改方案): the superior decides with the supervision
 * group's opinion beside the plan; a returned plan goes back to the principal with the reasons.
 */
@Component(RectificationProcess.REVIEW_RECTIFICATION_PLAN)
public class ReviewRectificationPlan extends Step<Review> {

  private final RectificationRepository repository;
  private final PlanText planText;

  public ReviewRectificationPlan(RectificationRepository repository, PlanText planText) {
    this.repository = repository;
    this.planText = planText;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = RECTIFICATION_ID.from(task);
    task.setVariableLocal("planText", planText.plan(repository.findLatestPlan(id).orElseThrow()) + "\n审核意见：\n"
        + planText.reviews(id));
  }

  @Override
  protected void check(Review review, Submission submission, Problems problems) {
    review.check(problems);
  }

  @Override
  protected void complete(Review review, DelegateTask task) {
    long id = RECTIFICATION_ID.from(task);
    Plan plan = repository.findLatestPlan(id).orElseThrow();
    boolean approved = review.approved();
    repository.insertPlanReview(plan.id(), Actor.of(task), PlanReviewer.SUPERIOR, approved,
        review.keptReasons());
    if (!approved) {
      repository.updateStatus(id, RectificationStatus.PLANNING);
    }
    RectificationProcess.PLAN_APPROVED.set(task.getExecution(), approved);
  }
}
