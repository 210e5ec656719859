package org.massline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.app.MasslineApplication;
import org.massline.campaign.CampaignProgress.Progress;
import org.massline.organization.ImportReport;
import org.massline.organization.OrganizationImporter;
import org.massline.support.Users;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The campaign benchmark ({@code mvn -Pbenchmark test -Dtest=CampaignBenchmark}; not part of the test run):
 * the simulation of {@link CampaignSimulationTest} — a generated region driven through the whole campaign by
 * simulated users, the clock moved timer by timer — for regions of each size in {@code bench.campaign.units}
 * (default {@code 1000,10000}), on H2 (a file database) and on embedded PostgreSQL
 * ({@code bench.campaign.databases}, default {@code H2,PostgreSQL}), each in a fresh application. Printed per
 * run: units, user tasks, wall time, tasks per second and milliseconds per unit; per database the per-unit
 * cost of the largest region against the smallest (the goal: at most 1.1, no growth with size).
 */
class CampaignBenchmark {

  static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.campaign.units", "1000,10000").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  static final List<String> DATABASES = List.of(System.getProperty("bench.campaign.databases", "H2,PostgreSQL")
      .split(","));
  /** A county: its organs, 8 townships of 6 villages each, 6 non-public organizations. */
  static final int TOWNSHIPS = 8;
  static final int VILLAGES = 6;
  static final int NON_PUBLIC = 6;
  static final int UNITS_PER_COUNTY = 3 + TOWNSHIPS * (1 + VILLAGES) + NON_PUBLIC;

  final StringBuilder out = new StringBuilder();

  record Run(int units, int tasks, long millis) {
    double perUnit() {
      return (double) millis / units;
    }
  }

  @Test
  void benchmark() throws Exception {
    line("Massline campaign benchmark, %s, %d cores, regions of %s units on %s", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), SIZES, DATABASES);
    for (String database : DATABASES) {
      Map<Integer, Run> runs = new LinkedHashMap<>();
      for (int size : SIZES) {
        runs.put(size, database.equalsIgnoreCase("H2") ? onH2(size) : onPostgres(size));
      }
      Run smallest = runs.get(SIZES.get(0));
      Run largest = runs.get(SIZES.get(SIZES.size() - 1));
      if (runs.size() > 1) {
        line("%s: per-unit cost %d units / %d units: %.2f (goal ≤ 1.1)", database, largest.units(), smallest.units(),
            largest.perUnit() / smallest.perUnit());
      }
    }
    System.out.println(out);
    Files.writeString(Path.of("target", "campaign-benchmark.txt"), out.toString(), StandardCharsets.UTF_8);
  }

  private Run onH2(int size) throws Exception {
    Path h2 = Path.of("target", "bench-campaign-h2");
    FileSystemUtils.deleteRecursively(h2);
    return run("H2", size, List.of("--massline.data-dir=" + h2.toAbsolutePath()));
  }

  private Run onPostgres(int size) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      return run("PostgreSQL", size, List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
    }
  }

  private Run run(String database, int size, List<String> databaseArgs) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false", "--logging.level.root=WARN", "--massline.demo.enabled=false",
        // the simulated users finish what is open before the clock moves: nothing for a deadline sweep to find
        "--massline.schedule.sweep-every=PT24H", "--massline.rectification.escalation-every=PT24H"));
    args.addAll(databaseArgs);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MasslineApplication.class)
        .run(args.toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      int counties = Math.max(1, Math.round((size - 5) / (float) UNITS_PER_COUNTY));
      SimRegion region = SimRegion.generate(counties, TOWNSHIPS, VILLAGES, NON_PUBLIC);
      long importStart = System.nanoTime();
      ImportReport imported = app.getBean(OrganizationImporter.class).importFile(
          new StringReader(region.organizationFile()));
      if (!imported.imported()) {
        throw new IllegalStateException(imported.problems().toString());
      }
      long importMillis = (System.nanoTime() - importStart) / 1_000_000;

      ClockUtil.setCurrentTime(new Date());
      SimulatedUsers users = new SimulatedUsers(engine, region);
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(CampaignProcess.KEY).latestVersion().singleResult().getId();
      long began = System.nanoTime();
      ProcessInstance campaign = Users.as(engine, SimRegion.OFFICE, () -> engine.getFormService().submitStartForm(
          definition, SimRegion.CITY, CampaignForms.start(SimRegion.CITY, "基准测试", Clock.today().toString())));
      users.runUntil(() -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(campaign.getId()).count() == 0);
      long millis = (System.nanoTime() - began) / 1_000_000;
      long id = app.getBean(CampaignRepository.class).findCampaigns().get(0).id();
      Progress progress = app.getBean(CampaignProgress.class).of(app.getBean(CampaignRepository.class)
          .findCampaign(id).orElseThrow());
      assertThat(progress.unitsDone()).as("every unit done: %s", progress).isEqualTo(region.units.size());
      assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
      Run run = new Run(region.units.size(), users.completedTasks(), millis);
      line("%s, %d units: %d user tasks in %.1f s, %.1f tasks/s, %.1f ms per unit (import %d ms, %d clock moves)",
          database, run.units(), run.tasks(), millis / 1000.0, run.tasks() * 1000.0 / millis, run.perUnit(),
          importMillis, users.clockMoves);
      return run;
    } finally {
      ClockUtil.reset();
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    out.append(text).append('\n');
    System.out.println(text);
  }
}
