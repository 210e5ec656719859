package org.massline.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.massline.app.Schedule;
import org.massline.app.ScheduleSettings;

/**
 * A bare in-memory engine for a path test: the diagrams deployed, every bean they call a mock the
 * test registers ({@code Mocks.register}), no job executor, full history for BPMN Assert.
 */
public final class PathEngine {

  private PathEngine() {
  }

  public static ProcessEngine build(String name, String... diagrams) {
    return build(name, (PathCoverage) null, diagrams);
  }

  /** The same engine recording BPMN coverage for the test class's {@link PathCoverage} (none when null). */
  public static ProcessEngine build(String name, PathCoverage coverage, String... diagrams) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName(name)
        .setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(false)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    if (coverage != null) {
      coverage.configure(configuration);
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    if (coverage != null) {
      coverage.attach(engine);
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment();
    for (String diagram : diagrams) {
      deployment.addClasspathResource(diagram);
    }
    deployment.deploy();
    return engine;
  }

  /** The steps as listeners that do nothing: a path test checks routing, not what the steps write. */
  public static void stepsDoNothing(List<String> steps) {
    TaskListener nothing = task -> { };
    steps.forEach(step -> Mocks.register(step, nothing));
  }

  /** After a test: nothing left running, no mocks left registered. */
  public static void reset(ProcessEngine engine) {
    engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "test finished"));
    Mocks.reset();
  }

  /** Every step due a week after it opens, notices three days later. */
  public static Schedule schedule() {
    return new Schedule(new ScheduleSettings(Map.of(), Duration.ofDays(3), Duration.ofDays(7), 1,
        Duration.ofMinutes(1)));
  }
}
