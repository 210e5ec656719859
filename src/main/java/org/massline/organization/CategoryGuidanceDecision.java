package org.massline.organization;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the latest deployed version of the decision {@value #KEY} (as an administrator last
 * deployed it) for a category. It is configuration everyone's work reads, without the person's
 * authorization; read many times per meeting, so each version's answer per category is kept (a new
 * version is a new definition id, the answers of the old ones are few and small).
 */
@Component
public class CategoryGuidanceDecision {

  public static final String KEY = "unitCategory";
  static final String CATEGORY = "category";

  private final ProcessEngineConfigurationImpl engine;
  private final DecisionService decisions;
  private final OrganizationRepository organization;
  private final Map<String, CategoryGuidance> answers = new ConcurrentHashMap<>();

  public CategoryGuidanceDecision(ProcessEngineConfigurationImpl engine, DecisionService decisions,
      OrganizationRepository organization) {
    this.engine = engine;
    this.decisions = decisions;
    this.organization = organization;
  }

  public CategoryGuidance of(UnitCategory category) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      DecisionDefinition latest = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedLatestDecisionDefinitionByKey(KEY);
      return answers.computeIfAbsent(latest.getId() + "/" + category, key -> evaluate(latest.getId(), category));
    }));
  }

  /** The guidance for a unit of the organization model. */
  public CategoryGuidance ofUnit(String unitId) {
    return of(organization.findUnit(unitId).orElseThrow().category());
  }

  private CategoryGuidance evaluate(String definitionId, UnitCategory category) {
    DmnDecisionResultEntries row = decisions.evaluateDecisionById(definitionId)
        .variables(Variables.putValue(CATEGORY, category.name())).evaluate().getSingleResult();
    if (row == null) {
      throw new IllegalStateException("decision " + KEY + " has no rule for category " + category);
    }
    return new CategoryGuidance(row.getEntry("meetingType"), row.getEntry("meetingName"),
        SelfExamination.valueOf(row.getEntry("selfExamination")), row.getEntry("focusProblems"),
        row.getEntry("checkAgainst"));
  }
}
