package org.massline.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.massline.app.MasslineApplication;
import org.massline.security.LoginThrottle;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The one shared test context (every test class extends this, so Spring starts once): the whole
 * application on a random port, the demo region, the engine with BPMN coverage recording, no job
 * executor, on H2 or on PostgreSQL ({@link TestDatabase}). Camunda's clock is reset after every test.
 */
@SpringBootTest(classes = MasslineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class MasslineTest {

  @Autowired
  protected ProcessEngine engine;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    if (TestDatabase.isPostgres()) {
      registry.add("spring.datasource.url", () -> TestDatabase.postgres().getJdbcUrl("postgres", "postgres"));
      registry.add("spring.datasource.username", () -> "postgres");
      registry.add("spring.datasource.password", () -> "postgres");
    }
  }

  @Autowired
  private ConfigurableApplicationContext context;

  @Autowired
  private LoginThrottle loginThrottle;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
    TestDatabase.uses(context);
  }

  /** Each test starts from no running work (a unit runs one meeting at a time) and no login throttled. */
  @AfterEach
  void resetClockUserAndWork() {
    ClockUtil.reset();
    loginThrottle.clear();
    engine.getIdentityService().clearAuthentication();
    // the roots only: a called instance (a ledger item) goes with its caller
    var running = engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).toList();
    if (!running.isEmpty()) {
      engine.getRuntimeService().deleteProcessInstances(running, "test finished", false, true);
    }
  }
}
