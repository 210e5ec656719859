package org.massline.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rectification-escalation.dmn} row by row, on a bare DMN engine: each rung, its threshold and weight. */
class EscalationDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void decision() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (var in = EscalationDecisionTest.class.getResourceAsStream("/processes/rectification-escalation.dmn")) {
      decision = dmn.parseDecision(EscalationDecision.KEY, in);
    }
  }

  @ParameterizedTest(name = "{0} rungs, {1} days overdue, {2}: {3}")
  @CsvSource({
      "0, 1, NORMAL, REMINDER",
      "0, 60, KEY, REMINDER",
      "1, 3, KEY, SUPERVISION_NOTICE",
      "1, 3, NORMAL, NONE",
      "1, 6, NORMAL, NONE",
      "1, 7, NORMAL, SUPERVISION_NOTICE",
      "2, 10, KEY, REDO",
      "2, 13, NORMAL, NONE",
      "2, 14, NORMAL, REDO",
      "3, 20, KEY, NONE",
      "3, 21, NORMAL, REMINDER_TALK",
      "4, 29, NORMAL, NONE",
      "4, 30, NORMAL, ADMONITION",
      "5, 44, KEY, NONE",
      "5, 45, NORMAL, ACCOUNTABILITY",
      "6, 400, KEY, NONE"})
  void theNextRung(int rungs, int days, String weight, String step) {
    DmnDecisionResultEntries row = dmn.evaluateDecision(decision, Variables.putValue("rungs", rungs)
        .putValue("daysOverdue", days).putValue("weight", weight)).getFirstResult();
    assertThat(row == null ? "NONE" : (String) row.getEntry("step")).isEqualTo(step);
    if (row != null) {
      assertThat(EscalationStep.valueOf(step).label()).isNotBlank();
    }
  }

  @Test
  void everyRungOfTheLadderIsReachable() {
    for (EscalationStep step : EscalationStep.values()) {
      boolean reached = false;
      for (int rungs = 0; rungs < 7 && !reached; rungs++) {
        DmnDecisionResultEntries row = dmn.evaluateDecision(decision, Variables.putValue("rungs", rungs)
            .putValue("daysOverdue", 365).putValue("weight", "NORMAL")).getFirstResult();
        reached = row != null && step.name().equals(row.getEntry("step"));
      }
      assertThat(reached).as("the rung %s", step).isTrue();
    }
  }
}
