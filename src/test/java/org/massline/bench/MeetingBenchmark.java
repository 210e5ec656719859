package org.massline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.massline.app.MasslineApplication;
import org.massline.meeting.MeetingForms;
import org.massline.meeting.MeetingProcess;
import org.massline.organization.ImportReport;
import org.massline.organization.OrganizationImporter;
import org.massline.support.Jobs;
import org.massline.support.Rest;
import org.massline.support.Users;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The benchmark ({@code mvn -Pbenchmark test}; not part of the test run). On H2 (the default file
 * database) and on embedded PostgreSQL, in the same run:
 * <ol>
 *   <li>N complete democratic life meetings of a principal and 6 members through the engine's Java
 *       API (every talk, report, review, the meeting, commentary, notification), beside a baseline:
 *       a bare BPMN with the same number and order of user tasks and no listeners, delegates, forms
 *       or timers, run by the same engine, its tasks completed by an authenticated user with
 *       authorization on as ours are (and again by no user). Printed: meetings/s, user tasks/s, and
 *       the ratios ours/baseline per task;</li>
 *   <li>REST task completion under load: 8 concurrent clients completing talk tasks with
 *       {@code submit-form} as their users (HTTP Basic) for a fixed time: median and p99 latency,
 *       errors; then the same load on the bare BPMN's talks;</li>
 *   <li>memory: heap after a full GC at idle and after the run.</li>
 * </ol>
 * Sizes: {@code -Dbench.meetings=10 -Dbench.rest.seconds=60}.
 */
class MeetingBenchmark {

  static final int MEMBERS = 6;
  static final int MEETINGS = Integer.getInteger("bench.meetings", 10);
  static final int WARMUP = Integer.getInteger("bench.warmup", 2);
  static final int REST_SECONDS = Integer.getInteger("bench.rest.seconds", 60);
  static final int CLIENTS = 8;
  static final String BASELINE = "meeting-baseline";
  // one open meeting per unit: enough units for the meetings the REST load opens and leaves running
  static final int UNITS = 200;

  final StringBuilder out = new StringBuilder();

  @Test
  void benchmark() throws Exception {
    line("Massline benchmark, %s, %d cores, %d meetings of a principal and %d members per run",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(), MEETINGS, MEMBERS);
    Path h2 = Path.of("target", "bench-h2");
    FileSystemUtils.deleteRecursively(h2);
    run("H2", List.of("--massline.data-dir=" + h2.toAbsolutePath()));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      run("PostgreSQL", List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
    }
    System.out.println(out);
    Files.writeString(Path.of("target", "benchmark.txt"), out.toString(), StandardCharsets.UTF_8);
  }

  private void run(String database, List<String> databaseArgs) throws Exception {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false", "--logging.level.root=WARN"));
    args.addAll(databaseArgs);
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MasslineApplication.class)
        .run(args.toArray(String[]::new))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      ImportReport units = app.getBean(OrganizationImporter.class).importFile(new StringReader(benchUnits(UNITS)));
      if (!units.imported()) {
        throw new IllegalStateException(units.problems().toString());
      }
      engine.getRepositoryService().createDeployment().addModelInstance(BASELINE + ".bpmn", baseline()).deploy();
      long idleHeap = heapAfterGc();

      AtomicInteger unit = new AtomicInteger();
      for (int i = 0; i < WARMUP; i++) {
        ours(engine, 1 + unit.incrementAndGet() % UNITS);
        baseline(engine, BASELINE_USER);
        baseline(engine, null);
      }
      // measured alternately, so that a noisy moment of the machine hits both
      long oursNanos = 0;
      long baselineNanos = 0;
      long anonymousNanos = 0;
      int oursTasks = 0;
      int baselineTasks = 0;
      int anonymousTasks = 0;
      for (int i = 0; i < MEETINGS; i++) {
        long t0 = System.nanoTime();
        oursTasks += ours(engine, 1 + unit.incrementAndGet() % UNITS);
        long t1 = System.nanoTime();
        baselineTasks += baseline(engine, BASELINE_USER);
        long t2 = System.nanoTime();
        anonymousTasks += baseline(engine, null);
        long t3 = System.nanoTime();
        oursNanos += t1 - t0;
        baselineNanos += t2 - t1;
        anonymousNanos += t3 - t2;
      }
      double oursPerTask = oursNanos / 1e6 / oursTasks;
      double basePerTask = baselineNanos / 1e6 / baselineTasks;
      double anonymousPerTask = anonymousNanos / 1e6 / anonymousTasks;
      line("");
      line("%s — engine, one thread", database);
      line("  %-9s %5d meetings %6d user tasks in %6.1f s: %6.2f meetings/s %7.1f tasks/s %6.2f ms/task",
          "Massline", MEETINGS, oursTasks, oursNanos / 1e9, MEETINGS / (oursNanos / 1e9), oursTasks / (oursNanos / 1e9),
          oursPerTask);
      line("  %-9s %5d meetings %6d user tasks in %6.1f s: %6.2f meetings/s %7.1f tasks/s %6.2f ms/task",
          "baseline", MEETINGS, baselineTasks, baselineNanos / 1e9, MEETINGS / (baselineNanos / 1e9),
          baselineTasks / (baselineNanos / 1e9), basePerTask);
      line("  %-9s %5d meetings %6d user tasks in %6.1f s: %6.2f meetings/s %7.1f tasks/s %6.2f ms/task",
          "anonymous", MEETINGS, anonymousTasks, anonymousNanos / 1e9, MEETINGS / (anonymousNanos / 1e9),
          anonymousTasks / (anonymousNanos / 1e9), anonymousPerTask);
      line("  ratio Massline/baseline per task: %.2f (per meeting: %.2f)", oursPerTask / basePerTask,
          (double) oursNanos / baselineNanos);
      line("  ratio Massline/unauthenticated baseline per task: %.2f", oursPerTask / anonymousPerTask);

      // under load the joins after the talks run as jobs, as on a real node
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().start();
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      restLoad(database, engine, port, meetingTalks(engine), unit);
      restLoad(database, engine, port, baselineTalks(engine), unit);
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
      line("  heap after full GC: %d MB at idle, %d MB after the run", idleHeap, heapAfterGc());
    }
  }

  // ---- Massline's meeting, as the people of a bench unit

  static String principal(int unit) {
    return "bench" + unit + "-p";
  }

  static String member(int unit, int i) {
    return "bench" + unit + "-m" + i;
  }

  static String benchUnits(int count) {
    StringBuilder csv = new StringBuilder(
        "type,id,name,category,tier,parent,region,superior,superiorLeader,supervisionGroup,unit,role,contactPoints,email\n");
    csv.append("SUPERVISION_GROUP,bench-sg,压力测试督导组,,,,测试,,,,,,,\n");
    csv.append("PERSON,bench-sup,督导,,,,,,,,bench-sg,督导组组长,,\n");
    csv.append("PERSON,bench-superior,上级,,,,,,,,,,,\n");
    csv.append("PERSON,bench-office,办公室,,,,,,,,jc-city,活动办公室,,\n");
    for (int u = 1; u <= count; u++) {
      csv.append("UNIT,bench").append(u).append(",测试单位").append(u).append(",TOWNSHIP,,jc-city,,,bench-superior,bench-sg,,,,\n");
      csv.append("PERSON,").append(principal(u)).append(",书记").append(u).append(",,,,,,,,bench").append(u).append(",主要负责同志,,\n");
      for (int m = 1; m <= MEMBERS; m++) {
        csv.append("PERSON,").append(member(u, m)).append(",委员").append(u).append('-').append(m)
            .append(",,,,,,,,bench").append(u).append(",班子成员,,\n");
      }
    }
    return csv.toString();
  }

  static List<String> group(int unit) {
    List<String> group = new ArrayList<>(List.of(principal(unit)));
    IntStream.rangeClosed(1, MEMBERS).forEach(m -> group.add(member(unit, m)));
    Collections.sort(group.subList(1, group.size()));
    return group;
  }

  /** One whole meeting; returns the number of user tasks completed. */
  static int ours(ProcessEngine engine, int unit) {
    String pi = Users.as(engine, "bench-office",
        () -> engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "bench" + unit)).getId();
    List<String> group = group(unit);
    int tasks = 0;
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.PREPARE_MEETING, null, MeetingForms.preparation(group));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.REVIEW_PREPARATION, "bench-sup", MeetingForms.passPreparation());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.RECORD_TALK, null, MeetingForms.talkRecord());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.CONFIRM_TALK, null, MeetingForms.talkConfirmation(true, null));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.DRAFT_REPORT, null, MeetingForms.report(1));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.COMMENT_ON_DRAFT, null, MeetingForms.comment());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.SUPERVISE_REPORT, "bench-sup", MeetingForms.approve());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.REVIEW_REPORT, "bench-superior", MeetingForms.approve());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.SCHEDULE_MEETING, null, MeetingForms.schedule("bench-sup"));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.HOLD_MEETING, null, MeetingForms.record(group, "bench-sup"));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.GIVE_COMMENTARY, "bench-sup", MeetingForms.commentary(group, "bench-sup"));
    Task circulate = engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(MeetingProcess.CIRCULATE_NOTIFICATION).singleResult();
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.CIRCULATE_NOTIFICATION, null, MeetingForms.circulation(
        (String) engine.getTaskService().getVariable(circulate.getId(), "notificationText")));
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.ACKNOWLEDGE_NOTIFICATION, "bench-superior", MeetingForms.acknowledgement());
    tasks += completeAllAndJoin(engine, pi, MeetingProcess.READ_NOTIFICATION, null, MeetingForms.notificationRead());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count())
        .as("meeting %s still running", pi).isZero();
    return tasks;
  }

  /** Where parallel work joins, the meeting continues in a job: its cost is the meeting's. */
  private static int completeAllAndJoin(ProcessEngine engine, String pi, String activity, String candidate,
      Map<String, Object> values) {
    int done = completeAll(engine, pi, activity, candidate, values);
    Jobs.runDue(engine);
    return done;
  }

  private static int completeAll(ProcessEngine engine, String pi, String activity, String candidate,
      Map<String, Object> values) {
    TaskService tasks = engine.getTaskService();
    int done = 0;
    for (Task task : tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(activity).list()) {
      Users.as(engine, task.getAssignee() != null ? task.getAssignee() : candidate,
          () -> tasks.complete(task.getId(), values));
      done++;
    }
    return done;
  }

  // ---- the baseline: the same user tasks in the same order, nothing else

  /** The user who works every task of the authenticated baseline (Camunda authorizes assignees). */
  static final String BASELINE_USER = "bench-office";

  static BpmnModelInstance baseline() {
    String worker = "${worker}";
    return Bpmn.createExecutableProcess(BASELINE).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("prepare").camundaAssignee(worker)
        .userTask("reviewPreparation").camundaAssignee(worker)
        .parallelGateway("split")
        .subProcess("talks")
          .embeddedSubProcess().startEvent().userTask("record").camundaAssignee(worker)
            .userTask("confirm").camundaAssignee(worker).endEvent().subProcessDone()
          .multiInstance().camundaCollection("${talks}").camundaElementVariable("talk").multiInstanceDone()
        .parallelGateway("join")
        .userTask("schedule").camundaAssignee(worker).userTask("hold").camundaAssignee(worker)
        .userTask("commentary").camundaAssignee(worker).userTask("circulate").camundaAssignee(worker)
        .userTask("acknowledge").camundaAssignee(worker)
        .userTask("read").camundaAssignee(worker).multiInstance().camundaCollection("${readers}")
          .camundaElementVariable("reader").multiInstanceDone()
        .endEvent()
        .moveToNode("split")
        .subProcess("reports")
          .embeddedSubProcess().startEvent().userTask("draft").camundaAssignee(worker).exclusiveGateway("needsComments")
            .condition("group report", "${report == 0}")
            .userTask("comment").camundaAssignee(worker).multiInstance().camundaCollection("${commenters}")
              .camundaElementVariable("commenter").multiInstanceDone()
            .exclusiveGateway("commented")
            .userTask("supervise").camundaAssignee(worker).userTask("review").camundaAssignee(worker).endEvent()
          .moveToNode("needsComments").condition("personal report", "${report != 0}").connectTo("commented")
          .subProcessDone()
          .multiInstance().camundaCollection("${reports}").camundaElementVariable("report").multiInstanceDone()
        .connectTo("join")
        .done();
  }

  /**
   * One run of the baseline, its tasks completed by {@code user} with authorization on as a
   * participant's are, or with none (null). It is started by the engine: no person may start a
   * process without a start guard, and the start is not a task's cost.
   */
  static int baseline(ProcessEngine engine, String user) {
    String pi = startBaseline(engine, user);
    int done = 0;
    List<Task> open;
    while (!(open = engine.getTaskService().createTaskQuery().processInstanceId(pi).list()).isEmpty()) {
      for (Task task : open) {
        if (user == null) {
          engine.getTaskService().complete(task.getId());
        } else {
          Users.as(engine, user, () -> engine.getTaskService().complete(task.getId()));
        }
        done++;
      }
    }
    return done;
  }

  static String startBaseline(ProcessEngine engine, String user) {
    // the principal with each member, the members with each other, the superior with the principal,
    // and the supervision group with the principal and each member
    int talks = MEMBERS + MEMBERS * (MEMBERS - 1) / 2 + 1 + 1 + MEMBERS;
    return engine.getRuntimeService().startProcessInstanceByKey(BASELINE, Map.of(
        "worker", user == null ? "nobody" : user,
        "talks", IntStream.range(0, talks).boxed().toList(),
        "reports", IntStream.range(0, MEMBERS + 2).boxed().toList(),
        "commenters", IntStream.range(0, MEMBERS).boxed().toList(),
        // the notification's readers: the leadership group
        "readers", IntStream.range(0, MEMBERS).boxed().toList())).getId();
  }

  // ---- REST under load

  /**
   * A talk workload for the REST clients: instances whose talks are recorded, then confirmed.
   *
   * @param start starts an instance and brings it to its talks; returns its id
   */
  record TalkLoad(String name, java.util.function.Function<Integer, String> start, String record, String confirm,
      Map<String, Object> recordValues, Map<String, Object> confirmValues) {
  }

  /** The meeting's talks, submitted with their forms' values. */
  static TalkLoad meetingTalks(ProcessEngine engine) {
    return new TalkLoad("Massline", u -> {
      String pi = Users.as(engine, "bench-office",
          () -> engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "bench" + u)).getId();
      completeAll(engine, pi, MeetingProcess.PREPARE_MEETING, null, MeetingForms.preparation(group(u)));
      completeAll(engine, pi, MeetingProcess.REVIEW_PREPARATION, "bench-sup", MeetingForms.passPreparation());
      return pi;
    }, MeetingProcess.RECORD_TALK, MeetingProcess.CONFIRM_TALK, MeetingForms.talkRecord(),
        MeetingForms.talkConfirmation(true, null));
  }

  /** The bare BPMN's talks, worked by the same kind of authenticated user, without forms. */
  static TalkLoad baselineTalks(ProcessEngine engine) {
    return new TalkLoad("baseline", u -> {
      String pi = startBaseline(engine, BASELINE_USER);
      for (String step : List.of("prepare", "reviewPreparation")) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(step)
            .singleResult();
        Users.as(engine, BASELINE_USER, () -> engine.getTaskService().complete(task.getId()));
      }
      return pi;
    }, "record", "confirm", Map.of(), Map.of());
  }

  private void restLoad(String database, ProcessEngine engine, int port, TalkLoad load, AtomicInteger unit)
      throws Exception {
    LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<RuntimeException> feederFailure = new AtomicReference<>();
    double retriesBefore = retriesNow();
    Thread feeder = new Thread(() -> {
      try {
        while (running.get()) {
          if (queue.size() < 4 * CLIENTS) {
            String pi = load.start().apply(1 + unit.incrementAndGet() % UNITS);
            queue.addAll(engine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey(load.record()).list());
          } else {
            sleep(20);
          }
        }
      } catch (RuntimeException e) {
        feederFailure.set(e);
      }
    });
    feeder.start();
    CountDownLatch done = new CountDownLatch(CLIENTS);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(REST_SECONDS);
    for (int c = 0; c < CLIENTS; c++) {
      new Thread(() -> {
        // one HTTP client per client, as a browser keeps its connections
        Rest client = Rest.anonymous(port);
        try {
          while (System.nanoTime() < end) {
            Task task = queue.poll(100, TimeUnit.MILLISECONDS);
            if (task == null) {
              continue;
            }
            boolean record = task.getTaskDefinitionKey().equals(load.record());
            Map<String, Object> values = record ? load.recordValues() : load.confirmValues();
            long t0 = System.nanoTime();
            Rest.Response response = client.as(task.getAssignee()).post("/engine-rest/task/" + task.getId()
                + "/submit-form", Map.of("variables", Rest.variables(values)));
            latencies.add(System.nanoTime() - t0);
            if (response.status() != 204) {
              errors.incrementAndGet();
              System.err.println(response.body());
            } else if (record) {
              // the other side's confirmation, once: two clients may look at the same instance at once
              engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId())
                  .taskDefinitionKey(load.confirm()).list().stream()
                  .filter(t -> seen.add(t.getId())).forEach(queue::add);
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }).start();
    }
    done.await();
    running.set(false);
    feeder.join();
    assertThat(feederFailure.get()).as("the supply of work failed").isNull();
    double retries = retriesNow() - retriesBefore;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    line("%s — REST submit-form, %s, %d clients for %d s: %d completions (%.1f/s), median %.1f ms, p99 %.1f ms,"
        + " errors %d, conflicts retried %.0f", database, load.name(), CLIENTS, REST_SECONDS, sorted.size(),
        sorted.size() / (double) REST_SECONDS, percentile(sorted, 50), percentile(sorted, 99), errors.get(), retries);
    // a benchmark that measured failures measured nothing
    assertThat(sorted).as("completions under load").isNotEmpty();
    assertThat(errors.get()).as("failed completions under load").isZero();
  }

  /** The completions tried again after a collision, in this JVM so far. */
  private static double retriesNow() {
    io.micrometer.core.instrument.Counter counter = io.micrometer.core.instrument.Metrics.globalRegistry
        .find("massline.completion.retries").counter();
    return counter == null ? 0 : counter.count();
  }

  private static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
