package org.massline.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * BPMN coverage for a path test's bare engine ({@link PathEngine#build(String, PathCoverage, String...)}),
 * recorded and reported by camunda-process-test-coverage as for the Spring tests ({@link MasslineTest}):
 * one suite per test class, one run per test method, the HTML and JSON reports under
 * {@code target/process-test-coverage/<test class>/}. The processes named {@link #requireFull complete}
 * must have every flow node and sequence flow covered by the class, else the class fails naming what
 * no test reached (checked when all its tests ran, not for a selection); stand-ins for called processes
 * are {@link #excluding excluded} from the report.
 */
public final class PathCoverage implements BeforeEachCallback, AfterAllCallback {

  static final String REPORT_DIRECTORY = "target/process-test-coverage";

  private final DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
  private final List<String> excluded = new ArrayList<>();
  private final Set<String> complete = new TreeSet<>();
  private boolean suiteStarted;
  private int runs;

  /** Process keys that are not reported (the stand-ins of called processes). */
  public PathCoverage excluding(String... keys) {
    excluded.addAll(List.of(keys));
    return this;
  }

  /** Process keys whose every flow node and sequence flow the test class must cover. */
  public PathCoverage requireFull(String... keys) {
    complete.addAll(List.of(keys));
    return this;
  }

  /** Before the engine is built: the parse listener that records what runs. */
  void configure(ProcessEngineConfigurationImpl configuration) {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
  }

  /** Once it is built, before anything is deployed: the listeners record into this class's collector. */
  void attach(ProcessEngine engine) {
    new ProcessEngineAdapter(engine, collector).initializeListeners();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!suiteStarted) {
      String name = context.getRequiredTestClass().getName();
      collector.createSuite(new Suite(name, name));
      collector.setExcludedProcessDefinitionKeys(excluded);
      collector.activateSuite(name);
      suiteStarted = true;
    }
    runs++;
    String method = context.getRequiredTestMethod().getName();
    collector.createRun(new Run(method, method), collector.getActiveSuite().getId());
    collector.activateRun(method);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!suiteStarted) {
      return;
    }
    Suite suite = collector.getActiveSuite();
    CoverageReportUtil.createReport(collector, REPORT_DIRECTORY);
    CoverageReportUtil.createJsonReport(collector, REPORT_DIRECTORY);
    // a selection of the class's tests (-Dtest=Class#method) is reported, not held to the whole's coverage;
    // a disabled test does not excuse a gap
    long tests = Arrays.stream(context.getRequiredTestClass().getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class) && !m.isAnnotationPresent(Disabled.class)).count();
    boolean whole = runs >= tests;
    List<String> gaps = new ArrayList<>();
    for (String key : complete) {
      Model model = collector.getModels().stream().filter(m -> m.getKey().equals(key)).findFirst().orElse(null);
      if (model == null) {
        gaps.add(key + ": never started");
        continue;
      }
      double coverage = suite.calculateCoverage(model);
      System.out.printf("coverage of %s by %s: %.1f %%%n", key, suite.getName(), coverage * 100);
      Set<String> missing = elements(model);
      missing.removeAll(suite.getEvents(key).stream().map(Event::getDefinitionKey).collect(Collectors.toSet()));
      if (coverage < 1.0 || !missing.isEmpty()) {
        gaps.add(key + String.format(" %.1f %%", coverage * 100) + ", not reached: " + missing);
      }
    }
    if (!gaps.isEmpty() && !whole) {
      System.out.println("only " + runs + " of " + tests + " tests ran, coverage not checked: " + gaps);
    } else if (!gaps.isEmpty()) {
      throw new AssertionError("not every path covered by " + suite.getName() + ": " + String.join("; ", gaps));
    }
  }

  /** Every flow node and sequence flow of the model's diagram. */
  private static Set<String> elements(Model model) {
    BpmnModelInstance bpmn = Bpmn
        .readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
    Set<String> ids = new TreeSet<>();
    bpmn.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
    bpmn.getModelElementsByType(SequenceFlow.class).forEach(f -> ids.add(f.getId()));
    return ids;
  }
}
