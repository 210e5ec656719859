package org.massline.organization;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed decision {@value #KEY} (its latest version, as an administrator last
 * deployed it) for a category. The decision is configuration everyone's work depends on, so it is
 * evaluated without the person's authorization.
 */
@Component
public class CategoryGuidanceDecision {

  public static final String KEY = "unitCategory";
  static final String CATEGORY = "category";

  private final ProcessEngineConfigurationImpl engine;
  private final DecisionService decisions;

  public CategoryGuidanceDecision(ProcessEngineConfigurationImpl engine, DecisionService decisions) {
    this.engine = engine;
    this.decisions = decisions;
  }

  public CategoryGuidance of(UnitCategory category) {
    DmnDecisionResult result = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
        () -> decisions.evaluateDecisionByKey(KEY).variables(Variables.putValue(CATEGORY, category.name())).evaluate()));
    DmnDecisionResultEntries row = result.getSingleResult();
    if (row == null) {
      throw new IllegalStateException("decision " + KEY + " has no rule for category " + category);
    }
    return new CategoryGuidance(row.getEntry("meetingType"), row.getEntry("meetingName"),
        SelfExamination.valueOf(row.getEntry("selfExamination")),
        row.getEntry("focusProblems"), row.getEntry("checkAgainst"));
  }
}
