package org.massline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.massline.meeting.MeetingForms;
import org.massline.support.Rest;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two real nodes ({@code java -jar}) on one PostgreSQL, both with the job executor on, the way
 * Camunda 7 scales. Meetings start through node A, tasks are completed through node B (many at
 * once, on the same instances), work falls due (the schedule is compressed: a day is half a
 * second) and both nodes sweep for it while their job executors run the jobs. Then: every job
 * executed exactly once, by either node; every overdue task reminded and supervised, none twice;
 * nothing lost; nothing stuck. Then both nodes are killed with {@code kill -9} in the middle of the
 * work and restarted: nothing is lost and nothing is sent twice. The report goes to {@code target/cluster-report.txt}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  static final List<String> UNITS = List.of("dh-county", "xs-county", "jc-city", "jc-service",
      "dh-chengguan", "dh-liushu", "xs-xinhua", "xs-shimen");
  static final int WORKED = 4; // meetings whose work goes on; the others are left to fall due

  static EmbeddedPostgres postgres;
  static NodeProcess a;
  static NodeProcess b;
  static final Map<String, String> INSTANCES = new LinkedHashMap<>();
  static final StringBuilder REPORT = new StringBuilder();

  @BeforeAll
  static void startCluster() throws Exception {
    org.springframework.util.FileSystemUtils.deleteRecursively(Path.of("target", "nodes"));
    postgres = EmbeddedPostgres.builder().start();
    a = node("node-a").start().awaitHealthy(Duration.ofMinutes(3));
    // the second node starts on the schema the first one created, as in a rolling start
    b = node("node-b").start().awaitHealthy(Duration.ofMinutes(3));
    String demoRegion = Files.readString(Path.of("src/main/resources/demo/demo-region.csv"), StandardCharsets.UTF_8);
    Rest.Response imported = as(a.port, "demo").post("/api/organization/import", "text/csv", demoRegion);
    assertThat(imported.status()).as(imported.body()).isEqualTo(200);
  }

  /** Production refuses weak passwords: the administrator's and everyone's initial one. */
  static final String PASSWORD = "Cluster-test-2026";

  static Rest as(int port, String user) {
    return Rest.as(port, user, PASSWORD);
  }

  static NodeProcess node(String name) {
    return new NodeProcess(name, Map.of(
        "SPRING_PROFILES_ACTIVE", "postgres",
        "MASSLINE_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
        "MASSLINE_DB_USER", "postgres",
        "MASSLINE_DB_PASSWORD", "postgres",
        "MASSLINE_ADMIN_USER", "demo",
        "MASSLINE_ADMIN_PASSWORD", PASSWORD), List.of(
        "--massline.organization.initial-password=" + PASSWORD,
        Sweeps.FAST[0], Sweeps.FAST[1],
        // both nodes poll often and take one job at a time: an idle node does not fall far behind the busy
        // one, which the engine wakes up itself whenever it creates a job
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=200",
        "--camunda.bpm.job-execution.max-jobs-per-acquisition=1",
        // a job locked by a killed node is taken over after 10 s
        "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (a != null) {
      a.stop();
    }
    if (b != null) {
      b.stop();
    }
    Files.writeString(Path.of("target", "cluster-report.txt"), REPORT.toString(), StandardCharsets.UTF_8);
    System.out.println(REPORT);
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void twoNodesShareTheWorkAndRunEveryJobExactlyOnce() throws Exception {
    for (String unit : UNITS) {
      Rest.Response started = as(a.port, "maxiaodong")
          .post("/engine-rest/process-definition/key/democratic-life-meeting/start", Map.of("businessKey", unit));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      INSTANCES.put(unit, started.json().path("id").asText());
    }
    List<String> worked = new ArrayList<>(INSTANCES.values()).subList(0, WORKED);
    int prepared = completeAll(b, worked, "prepareMeeting", task -> preparationOf(task));
    completeAll(a, worked, "reviewPreparation", task -> MeetingForms.passPreparation());
    int recorded = completeAll(b, worked, "recordTalk", task -> MeetingForms.talkRecord());
    // the confirmations through both nodes: the talks join in jobs, which each node's executor is told of
    int confirmed = completeAll(List.of(a, b), worked, "confirmTalk", task -> MeetingForms.talkConfirmation(true, null));
    assertThat(prepared).isEqualTo(WORKED);

    // let the work fall due: the left meetings' preparation, the worked ones' reports
    Sweeps.awaitSwept(as(a.port, "demo"), Duration.ofSeconds(20));

    try (Connection db = database()) {
      Map<String, Long> perNode = countBy(db, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
      long duplicates = count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) d");
      long reminders = count(db, "select count(*) from supervision_reminder");
      long reminderComments = count(db, "select count(*) from act_hi_comment where message_ like '催办提醒%'");
      long unreminded = count(db, "select count(*) from act_ru_task t where t.due_date_ < now() - interval '3 seconds'"
          + " and not exists (select 1 from supervision_reminder r where r.task_id = t.id_)");
      long notices = count(db, "select count(*) from supervision_notice");
      long noticeTasks = count(db, "select count(*) from act_hi_taskinst where task_def_key_ = 'issueSupervisionNotice'");
      // the grace period is 1.5 s
      long unnoticed = count(db, "select count(*) from act_ru_task t where t.due_date_ < now() - interval '5 seconds'"
          + " and t.task_def_key_ <> 'issueSupervisionNotice'"
          + " and not exists (select 1 from supervision_notice n where n.overdue_task_id = t.id_)");
      report("cluster: jobs executed per node " + perNode + ", executed twice: " + duplicates);
      report("cluster: reminders " + reminders + " (reminder comments " + reminderComments + "), overdue tasks not"
          + " reminded " + unreminded + "; supervision notices " + notices + " (notice tasks " + noticeTasks
          + "), tasks overdue by the grace period without one " + unnoticed);
      report("cluster: completed through node B: " + prepared + " preparations, " + recorded + " talk records; "
          + "through both: " + confirmed + " confirmations");

      assertThat(duplicates).isZero();
      // both nodes swept: every overdue task reminded once (one comment each), never twice
      assertThat(reminders).isPositive().isEqualTo(reminderComments);
      assertThat(unreminded).isZero();
      // and one notice (one process, one task) per task overdue by the grace period, never two
      assertThat(notices).isPositive().isEqualTo(noticeTasks);
      assertThat(unnoticed).isZero();
      // nothing lost: every completion is in the tables exactly once
      assertThat(count(db, "select count(*) from meeting_talk_record")).isEqualTo(recorded);
      assertThat(count(db, "select count(*) from meeting_talk_record where confirmed")).isEqualTo(confirmed);
      assertThat(count(db, "select count(*) from meeting_preparation")).isEqualTo(prepared);
      // nothing stuck
      assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
    }
  }

  @Test
  @Order(2)
  void nodesKilledInTheMiddleOfTheWorkLoseNothingAndRemindOnce() throws Exception {
    List<String> worked = new ArrayList<>(INSTANCES.values()).subList(0, WORKED);
    int drafted = completeAll(a, worked.subList(0, 2), "draftReport", task -> MeetingForms.report(1));
    Snapshot before;
    try (Connection db = database()) {
      before = Snapshot.of(db);
    }
    // new report reviews and comments fall due in a few seconds: kill both nodes while they are busy
    Thread.sleep(1500);
    b.kill();
    Thread.sleep(1000);
    a.kill();
    report("crash: killed node-b and node-a with kill -9 after " + drafted + " drafts");

    a.start().awaitHealthy(Duration.ofMinutes(3));
    b.start().awaitHealthy(Duration.ofMinutes(3));
    Sweeps.awaitSwept(as(a.port, "demo"), Duration.ofSeconds(15));

    try (Connection db = database()) {
      Snapshot after = Snapshot.of(db);
      assertThat(after.reportVersions).isEqualTo(before.reportVersions);
      assertThat(after.talkRecords).isEqualTo(before.talkRecords);
      assertThat(after.reviews).isEqualTo(before.reviews);
      assertThat(after.participantTasks).isEqualTo(before.participantTasks);
      assertThat(after.variables).containsAllEntriesOf(before.variables);
      long duplicates = count(db, "select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2 group by job_id_ having count(*) > 1) d");
      assertThat(duplicates).isZero();
      assertThat(count(db, "select count(*) from supervision_reminder"))
          .isEqualTo(count(db, "select count(*) from act_hi_comment where message_ like '催办提醒%'"));
      assertThat(count(db, "select count(*) from act_hi_taskinst where task_def_key_ = 'issueSupervisionNotice'"))
          .isEqualTo(count(db, "select count(*) from supervision_notice"));
      assertThat(count(db, "select count(*) from act_ru_incident")).isZero();
      Map<String, Long> perNode = countBy(db, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_");
      assertThat(perNode).as("both nodes took work").containsKeys("node-a", "node-b");
      assertThat(perNode.values()).allSatisfy(n -> assertThat(n).isPositive());
      report("crash: after restart " + after.reportVersions + " report versions, " + after.participantTasks.size()
          + " open tasks, all as before; jobs executed twice: " + duplicates + "; per node "
          + countBy(db, "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_"));
    }
  }

  // ---- helpers

  interface Values {
    Map<String, Object> of(JsonNode task);
  }

  /** Completes every task of the activity in the instances, all at once from 8 clients; returns how many. */
  static int completeAll(NodeProcess node, List<String> instances, String activity, Values values) throws Exception {
    return completeAll(List.of(node), instances, activity, values);
  }

  /** The same, the tasks sent to the nodes in turn. */
  static int completeAll(List<NodeProcess> nodes, List<String> instances, String activity, Values values)
      throws Exception {
    NodeProcess node = nodes.get(0);
    List<JsonNode> tasks = new ArrayList<>();
    for (String pi : instances) {
      as(node.port, "demo").get("/engine-rest/task?processInstanceId=" + pi + "&taskDefinitionKey=" + activity)
          .json().forEach(tasks::add);
    }
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Rest.Response>> responses = new ArrayList<>();
      for (int i = 0; i < tasks.size(); i++) {
        JsonNode task = tasks.get(i);
        int port = nodes.get(i % nodes.size()).port;
        String user = worker(node, task);
        responses.add(clients.submit(() -> as(port, user).post(
            "/engine-rest/task/" + task.path("id").asText() + "/submit-form",
            Map.of("variables", Rest.variables(values.of(task))))));
      }
      for (Future<Rest.Response> response : responses) {
        // concurrent completions on one instance are retried, never shown to the user as an error
        assertThat(response.get().status()).as(response.get().body()).isEqualTo(204);
      }
    } finally {
      clients.shutdown();
    }
    return tasks.size();
  }

  /** The task's assignee, or for a group's task (the supervision group's) one of the group. */
  static String worker(NodeProcess node, JsonNode task) {
    if (task.hasNonNull("assignee")) {
      return task.path("assignee").asText();
    }
    for (JsonNode link : as(node.port, "demo").get("/engine-rest/task/" + task.path("id").asText() + "/identity-links")
        .json()) {
      if (link.hasNonNull("groupId")) {
        return as(node.port, "demo").get("/engine-rest/user?memberOfGroup=" + link.path("groupId").asText()).json()
            .get(0).path("id").asText();
      }
    }
    throw new AssertionError("nobody may work task " + task);
  }

  static Map<String, Object> preparationOf(JsonNode task) {
    String pi = task.path("processInstanceId").asText();
    JsonNode meetings = as(a.port, "demo").get("/api/meetings").json();
    for (JsonNode m : meetings) {
      if (m.path("processInstanceId").asText().equals(pi)) {
        List<String> members = new ArrayList<>();
        as(a.port, "demo").get("/api/meetings/" + m.path("id").asLong()).json().path("participants")
            .forEach(p -> members.add(p.path("personId").asText()));
        return MeetingForms.preparation(members);
      }
    }
    throw new AssertionError("no meeting for " + pi);
  }

  /** Waits at least {@code atLeast}, then until no job is due on either node. */
  static Connection database() throws SQLException {
    return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static Map<String, Long> countBy(Connection db, String sql) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  static void report(String line) {
    REPORT.append(line).append('\n');
  }

  /** What people wrote and what they have to do, to compare across a crash. */
  record Snapshot(long reportVersions, long talkRecords, long reviews, Set<String> participantTasks,
      Map<String, String> variables) {
    static Snapshot of(Connection db) throws SQLException {
      Set<String> tasks = new TreeSet<>();
      try (Statement s = db.createStatement();
          ResultSet rs = s.executeQuery("select id_ from act_ru_task where task_def_key_ <> 'issueSupervisionNotice'")) {
        while (rs.next()) {
          tasks.add(rs.getString(1));
        }
      }
      Map<String, String> variables = new LinkedHashMap<>();
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
          "select execution_id_, name_, coalesce(text_, cast(long_ as varchar), '') from act_ru_variable where task_id_ is null")) {
        while (rs.next()) {
          variables.put(rs.getString(1) + "/" + rs.getString(2), rs.getString(3));
        }
      }
      return new Snapshot(count(db, "select count(*) from meeting_report_version"),
          count(db, "select count(*) from meeting_talk_record"), count(db, "select count(*) from meeting_review"),
          tasks, variables);
    }
  }
}
