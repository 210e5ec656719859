package org.massline.rectification;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The next rung for an overdue item, from the latest deployed {@value #KEY} (as an administrator last
 * deployed it). Each version's answer per (rungs, days, weight) is kept for a day, so a sweep over
 * many items evaluates, and writes decision history, once per distinct case.
 */
@Component
public class EscalationDecision {

  public static final String KEY = "rectificationEscalation";

  private final ProcessEngineConfigurationImpl engine;
  private final DecisionService decisions;
  private final Cache<String, Optional<EscalationStep>> answers = Caffeine.newBuilder().maximumSize(10_000)
      .expireAfterWrite(1, TimeUnit.DAYS).build();

  public EscalationDecision(ProcessEngineConfigurationImpl engine, DecisionService decisions) {
    this.engine = engine;
    this.decisions = decisions;
  }

  public Optional<EscalationStep> next(int rungs, long daysOverdue, ItemWeight weight) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      DecisionDefinition latest = context.getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedLatestDecisionDefinitionByKey(KEY);
      return answers.get(latest.getId() + "/" + rungs + "/" + daysOverdue + "/" + weight,
          key -> evaluate(latest.getId(), rungs, daysOverdue, weight));
    }));
  }

  private Optional<EscalationStep> evaluate(String definitionId, int rungs, long daysOverdue, ItemWeight weight) {
    DmnDecisionResultEntries row = decisions.evaluateDecisionById(definitionId)
        .variables(Variables.putValue("rungs", rungs).putValue("daysOverdue", daysOverdue)
            .putValue("weight", weight.name()))
        .evaluate().getFirstResult();
    return row == null ? Optional.empty() : Optional.of(EscalationStep.valueOf(row.getEntry("step")));
  }
}
