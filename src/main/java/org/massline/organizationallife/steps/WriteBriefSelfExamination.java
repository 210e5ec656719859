package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Step;
import org.massline.organization.CategoryGuidanceDecision;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.springframework.stereotype.Component;

/** {@code writeBriefSelfExamination} (撰写简要对照检查材料): each party member's own, in brief. */
@Component(OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION)
public class WriteBriefSelfExamination extends Step<WriteBriefSelfExamination.Values> {

  public record Values(String problems, String causes, String measures) {
  }

  private final LifeMeetingRepository lifeMeetings;
  private final CategoryGuidanceDecision categories;

  public WriteBriefSelfExamination(LifeMeetingRepository lifeMeetings, CategoryGuidanceDecision categories) {
    this.lifeMeetings = lifeMeetings;
    this.categories = categories;
  }

  /** What to check oneself against, and the problems the branch found. */
  @Override
  protected void show(DelegateTask task) {
    StringBuilder context = new StringBuilder(
        categories.ofUnit(OrganizationalLifeMeetingProcess.UNIT_ID.from(task)).brief()).append("\n\n支部查摆的问题：");
    lifeMeetings.findProblems(LIFE_MEETING_ID.from(task))
        .forEach(p -> context.append("\n· [").append(p.wind().label()).append("] ").append(p.description()));
    task.setVariableLocal("selfExaminationContext", context.toString());
  }

  @Override
  protected void complete(Values v, DelegateTask task) {
    lifeMeetings.insertSelfExamination(LIFE_MEETING_ID.from(task), OrganizationalLifeMeetingProcess.AUTHOR.from(task),
        v.problems(), v.causes(), v.measures());
  }
}
