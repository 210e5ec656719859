package org.massline.rectification.steps;

import static org.massline.rectification.RectificationProcess.RECTIFICATION_ID;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.PlanReviewer;
import org.massline.rectification.PlanItemChoices;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationProcess;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code superviseRectificationPlan} (督导组审核整改方案): the supervision group's opinion on the plan,
 * which the superior sees beside it, and the items it adds (the unit's leadership owns them).
 */
@Component(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN)
public class SuperviseRectificationPlan extends Step<SuperviseRectificationPlan.Values> {

  public enum Opinion {
    AGREE, REVISE
  }

  public record Values(Opinion opinion, String comment, List<PlanItemValues> addedItems) {
    public Values {
      addedItems = listOrEmpty(addedItems);
    }
  }

  private final RectificationRepository repository;
  private final PlanItemChoices choices;
  private final PlanText planText;

  public SuperviseRectificationPlan(RectificationRepository repository, PlanItemChoices choices,
      PlanText planText) {
    this.repository = repository;
    this.choices = choices;
    this.planText = planText;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = RECTIFICATION_ID.from(task);
    choices.show(task);
    task.setVariableLocal("planText", planText.plan(latest(id)) + "\n" + planText.problems(id));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    PlanItemValues.check(values.addedItems(), "增加的整改事项", problems);
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    Plan plan = latest(RECTIFICATION_ID.from(task));
    repository.insertPlanItems(plan.id(), values.addedItems().stream().map(PlanItemValues::text).toList(), true);
    repository.insertPlanReview(plan.id(), Actor.of(task), PlanReviewer.SUPERVISION,
        values.opinion() == Opinion.AGREE, values.comment());
  }

  private Plan latest(long rectificationId) {
    return repository.findLatestPlan(rectificationId).orElseThrow();
  }
}
