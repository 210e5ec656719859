package org.massline.rectification.steps;

import static org.massline.rectification.RectificationProcess.RECTIFICATION_ID;
import static org.massline.forms.Values.json;
import static org.massline.rectification.RectificationProcess.UNIT_ID;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.rectification.ItemWeight;
import org.massline.rectification.Leadership;
import org.massline.rectification.PlanItemChoices;
import org.massline.rectification.PlanText;
import org.massline.rectification.RectificationProcess;
import org.massline.rectification.RectificationRepository;
import org.massline.rectification.RectificationRepository.InstitutionText;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.rectification.RectificationRepository.Problem;
import org.massline.rectification.RectificationSettings;
import org.massline.rectification.RectificationStatus;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code draftRectificationPlan} (制定整改方案): the principal writes the plan's items — task,
 * measures, deadline, owner and the commitment made public — the special rectification among them,
 * and the institution-building programme (两方案一计划); every member owns at least one item (个人整改措施).
 * A returned plan is redrafted from the last version, the reviews beside it.
 */
@Component(RectificationProcess.DRAFT_RECTIFICATION_PLAN)
public class DraftRectificationPlan extends Step<DraftRectificationPlan.Values> {

  public record Values(String summary, List<PlanItemValues> items, List<Rule> institutions) {
    public Values {
      items = listOrEmpty(items);
      institutions = listOrEmpty(institutions);
    }
  }

  /** One rule of the institution-building programme. */
  public record Rule(String title, String purpose, LocalDate adoptedOn, String documentRef) {
  }

  private final RectificationRepository repository;
  private final PlanItemChoices choices;
  private final Leadership leadership;
  private final PlanText planText;

  public DraftRectificationPlan(RectificationRepository repository, PlanItemChoices choices, Leadership leadership,
      PlanText planText) {
    this.repository = repository;
    this.choices = choices;
    this.leadership = leadership;
    this.planText = planText;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = RECTIFICATION_ID.from(task);
    choices.show(task);
    StringBuilder context = new StringBuilder(planText.problemSummary(id));
    repository.findLatestPlan(id).ifPresentOrElse(last -> {
      context.append("\n上一稿的审核意见：\n").append(planText.reviews(id));
      showLastPlan(task, last);
    }, () -> showProblemsAsItems(task, id));
    task.setVariableLocal("planContext", context.toString());
  }

  /**
   * The first draft starts with an item for every problem the meetings found — the criticisms and the
   * commentary's points among them — owned by whom it concerns: the principal completes, merges or
   * removes them, so that nothing found is forgotten by retyping.
   */
  private void showProblemsAsItems(DelegateTask task, long id) {
    List<Problem> problems = repository.findProblems(id);
    if (problems.isEmpty()) {
      return; // the form's one empty item
    }
    List<String> owners = leadership.of(UNIT_ID.from(task));
    task.setVariableLocal("items", json(problems.stream().map(problem -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("specialTask", RectificationSettings.OWN_ITEM);
      if (problem.wind() != null) {
        item.put("wind", problem.wind().name());
      }
      item.put("weight", ItemWeight.NORMAL.name());
      item.put("task", "【" + problem.source().label() + "】" + problem.description());
      if (problem.measures() != null) {
        item.put("measures", problem.measures());
      }
      item.put("owner", problem.subjectId() != null && owners.contains(problem.subjectId()) ? problem.subjectId()
          : owners.get(0));
      return item;
    }).toList()));
  }

  /** A returned plan is redrafted from what was written: nothing is typed twice, nothing lost. */
  private void showLastPlan(DelegateTask task, Plan last) {
    task.setVariableLocal("summary", last.summary());
    task.setVariableLocal("items", json(repository.findPlanItems(last.id()).stream()
        .map(item -> Map.of("specialTask", item.specialTask() == null ? RectificationSettings.OWN_ITEM
            : item.specialTask(), "wind", item.wind().name(), "weight", item.weight().name(), "task", item.task(),
            "measures", item.measures(), "deadline", item.deadline().toString(), "owner", item.ownerId(),
            "commitment", item.commitment()))
        .toList()));
    task.setVariableLocal("institutions", json(repository.findInstitutions(last.id()).stream()
        .map(rule -> rule.documentRef() == null
            ? Map.of("title", rule.title(), "purpose", rule.purpose(), "adoptedOn", rule.adoptedOn().toString())
            : Map.of("title", rule.title(), "purpose", rule.purpose(), "adoptedOn", rule.adoptedOn().toString(),
                "documentRef", rule.documentRef()))
        .toList()));
  }

  @Override
  protected void check(Values plan, Submission submission, Problems problems) {
    if (plan.items().isEmpty()) {
      problems.add("整改事项还没有填写：请列出任务书、时间表和责任人");
    }
    if (plan.institutions().isEmpty()) {
      problems.add("制度建设计划还没有填写：请至少列出一项要建立健全的制度");
    }
    PlanItemValues.check(plan.items(), "整改事项", problems);
    Set<String> owners = plan.items().stream().map(PlanItemValues::owner).collect(Collectors.toSet());
    List<String> without = new ArrayList<>();
    leadership.of(submission.variable(UNIT_ID)).stream()
        .filter(person -> !owners.contains(person)).forEach(person -> without.add(leadership.name(person)));
    if (!without.isEmpty()) {
      problems.add("每位班子成员都要有个人整改措施：" + String.join("、", without) + "还没有负责的整改事项");
    }
  }

  @Override
  protected void complete(Values plan, DelegateTask task) {
    long id = RECTIFICATION_ID.from(task);
    long planId = repository.insertPlan(id, plan.summary(), Actor.of(task));
    repository.insertPlanItems(planId, plan.items().stream().map(PlanItemValues::text).toList(), false);
    repository.insertInstitutions(planId, plan.institutions().stream()
        .map(r -> new InstitutionText(r.title(), r.purpose(), r.adoptedOn(), Checks.blankToNull(
            r.documentRef()))).toList());
    repository.updateStatus(id, RectificationStatus.PLAN_REVIEW);
  }
}
