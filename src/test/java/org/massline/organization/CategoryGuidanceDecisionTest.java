package org.massline.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code processes/unit-category.dmn} row by row (DOMAIN §3), on a bare in-memory engine. */
class CategoryGuidanceDecisionTest {

  static ProcessEngine engine;
  static CategoryGuidanceDecision decision;

  @BeforeAll
  static void engine() {
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("unit-category")
        .setJdbcUrl("jdbc:h2:mem:unit-category;DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false)
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addClasspathResource("processes/unit-category.dmn").deploy();
    decision = new CategoryGuidanceDecision((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(),
        engine.getDecisionService(), null);
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      LEADING_ORGAN     | democratic-life-meeting     | 专题民主生活会 | REQUIRED | 上有政策下有对策   | 厉行节约反对浪费条例
      AFFILIATED_UNIT   | democratic-life-meeting     | 专题民主生活会 | REQUIRED | 庸懒散拖           | 厉行节约反对浪费条例
      SERVICE_WINDOW    | democratic-life-meeting     | 专题民主生活会 | REQUIRED | 门难进、脸难看、事难办 | 厉行节约反对浪费条例
      TOWNSHIP          | democratic-life-meeting     | 专题民主生活会 | REQUIRED | 惠民政策打折扣     | 农村基层干部廉洁履行职责若干规定
      VILLAGE_COMMUNITY | organizational-life-meeting | 组织生活会     | BRIEF    | 服务意识和服务能力不强 | 农村基层干部廉洁履行职责若干规定
      NON_PUBLIC        | organizational-life-meeting | 组织生活会     | OPTIONAL | 软弱涣散           | 党章
      """)
  void eachCategoryHoldsItsMeeting(UnitCategory category, String meetingType, String meetingName,
      SelfExamination reports, String focus, String rules) {
    CategoryGuidance guidance = decision.of(category);
    assertThat(guidance.meetingType()).isEqualTo(meetingType);
    assertThat(guidance.meetingName()).isEqualTo(meetingName);
    assertThat(guidance.selfExamination()).isEqualTo(reports);
    assertThat(guidance.focusProblems()).contains(focus).contains("组织涣散、纪律松弛"); // all categories
    assertThat(guidance.checkAgainst()).contains(rules);
  }

  @Test
  void theLatestDeployedVersionDecides() throws IOException {
    String dmn;
    try (InputStream in = getClass().getResourceAsStream("/processes/unit-category.dmn")) {
      dmn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // an administrator decides that non-public organizations write brief reports after all
    String edited = dmn.replace("<outputEntry id=\"ruleNonPublicReports\"><text>\"OPTIONAL\"</text>",
        "<outputEntry id=\"ruleNonPublicReports\"><text>\"BRIEF\"</text>");
    assertThat(edited).isNotEqualTo(dmn);
    String deployment = engine.getRepositoryService().createDeployment()
        .addString("unit-category.dmn", edited).deploy().getId();
    try {
      assertThat(decision.of(UnitCategory.NON_PUBLIC).selfExamination()).isEqualTo(SelfExamination.BRIEF);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment, true);
    }
    assertThat(decision.of(UnitCategory.NON_PUBLIC).selfExamination()).isEqualTo(SelfExamination.OPTIONAL);
  }
}
