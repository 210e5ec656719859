package org.massline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.massline.app.Clock;
import org.massline.forms.Values;
import org.massline.organization.ImportReport;
import org.massline.organization.OrganizationImporter;
import org.massline.organization.UnitCategory;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The campaign simulation (#13): a generated region — one city, its counties, townships and villages,
 * 200 units of all six categories — imported as an office imports its organization, then driven through
 * the whole eight-month campaign: every user task completed by a simulated user of the right group with
 * values its form and its step accept ({@link SimulatedUsers}), Camunda's clock moved to the next timer
 * whenever nobody has work. The progress API is checked when tier 1 has opened, when tier 2 has opened
 * beside the still running tier 1, and at the end: every unit done, nothing late, no incident, nothing
 * left open.
 */
class CampaignSimulationTest extends MasslineTest {

  private static final Logger log = LoggerFactory.getLogger(CampaignSimulationTest.class);

  /** A unit sent back once at its first gate (回炉补课), to walk the redo path. */
  static final String SENT_BACK = SimRegion.CITY + "-svc-1";
  /** A village the plan flags as weak (软弱涣散): reorganized by its superior before its stages. */
  static final String WEAK = "sim-c2-t3-v4";

  @Autowired
  OrganizationImporter importer;
  @Autowired
  CampaignRepository campaigns;
  @LocalServerPort
  int port;

  @Test
  void aGeneratedRegionRunsTheWholeCampaignTierByTierUntilEveryUnitIsDone() {
    long began = System.nanoTime();
    long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    SimRegion region = SimRegion.generate(3, 8, 6, 6);
    assertThat(region.units).hasSizeGreaterThanOrEqualTo(200);
    assertThat(region.countByCategory().keySet()).isEqualTo(EnumSet.allOf(UnitCategory.class));
    ImportReport imported = importer.importFile(new StringReader(region.organizationFile()));
    assertThat(imported.imported()).as("%s", imported.problems()).isTrue();
    int tier1 = region.ofTier(1).size();
    int tier2 = region.ofTier(2).size();
    int tier3 = region.ofTier(3).size();
    log.info("Simulated region: {} units {} (tiers {}/{}/{}), imported in {} ms", region.units.size(),
        region.countByCategory(), tier1, tier2, tier3, millisSince(began));

    ClockUtil.setCurrentTime(new Date());
    SimulatedUsers users = new SimulatedUsers(engine, region).returningTheFirstPlan().flaggingWeak(List.of(WEAK))
        .sendingBackTheStudyStageOf(SENT_BACK);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(
        CampaignProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance campaign = Users.as(engine, SimRegion.OFFICE, () -> engine.getFormService().submitStartForm(
        definition, SimRegion.CITY, CampaignForms.start(SimRegion.CITY, "模拟市党的群众路线教育实践活动",
            Clock.today().toString())));
    long id = ((Number) engine.getRuntimeService().getVariable(campaign.getId(), CampaignProcess.CAMPAIGN_ID.name()))
        .longValue();
    Rest office = Rest.as(port, SimRegion.OFFICE);

    // 1. the plan approved (its first draft returned once), tier 1 open: its units at their first stage
    users.runUntil(() -> unitCampaigns() == tier1);
    JsonNode first = progress(office, id);
    log.info("Checkpoint 1 after {} tasks, {} ms: {}", users.completedTasks(), millisSince(began), counts(first));
    assertThat(first.path("status").asText()).isEqualTo("RUNNING");
    assertThat(first.path("units").asInt()).isEqualTo(region.units.size());
    assertThat(first.path("unitsDone").asInt()).isZero();
    assertThat(first.path("lateUnitCount").asInt()).isZero();
    assertTier(first, 1, tier1, 0, new int[][] {{0, tier1, 0}, {tier1, 0, 0}, {tier1, 0, 0}});
    assertTier(first, 2, tier2, 0, new int[][] {{tier2, 0, 0}, {tier2, 0, 0}, {tier2, 0, 0}});
    assertTier(first, 3, tier3, 0, new int[][] {{tier3, 0, 0}, {tier3, 0, 0}, {tier3, 0, 0}});
    assertThat(campaigns.findPlans(id)).as("the returned draft and the approved one").hasSize(2);
    completionsAreCheckedAsInTasklist(region);

    // 2. tier 2 opened a month on, while tier 1's units, their stages passed, wait out their three months
    users.runUntil(() -> unitCampaigns() == tier1 + tier2);
    JsonNode second = progress(office, id);
    log.info("Checkpoint 2 after {} tasks, {} ms: {}", users.completedTasks(), millisSince(began), counts(second));
    assertThat(second.path("unitsDone").asInt()).isZero();
    assertThat(second.path("lateUnitCount").asInt()).isZero();
    assertTier(second, 1, tier1, 0, new int[][] {{0, 0, tier1}, {0, 0, tier1}, {0, 0, tier1}});
    assertTier(second, 2, tier2, 0, new int[][] {{0, tier2, 0}, {tier2, 0, 0}, {tier2, 0, 0}});
    assertTier(second, 3, tier3, 0, new int[][] {{tier3, 0, 0}, {tier3, 0, 0}, {tier3, 0, 0}});
    assertThat(campaigns.findUnitCampaigns(id)).filteredOn(u -> u.tier() == 1)
        .allSatisfy(u -> assertThat(u.status()).isEqualTo(UnitCampaignStatus.CLOSING));

    // 3. to the end: every unit done, the summary written, the campaign closed
    users.runUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign.getId())
        .count() == 0);
    JsonNode last = progress(office, id);
    log.info("Checkpoint 3 after {} tasks ({} clock moves), {} ms: {}", users.completedTasks(), users.clockMoves,
        millisSince(began), counts(last));
    log.info("Tasks completed by definition: {}", users.completed);
    assertThat(last.path("status").asText()).isEqualTo("COMPLETED");
    assertThat(last.path("unitsDone").asInt()).isEqualTo(region.units.size());
    assertThat(last.path("lateUnitCount").asInt()).isZero();
    assertThat(last.path("lateUnits")).isEmpty();
    assertTier(last, 1, tier1, tier1, new int[][] {{0, 0, tier1}, {0, 0, tier1}, {0, 0, tier1}});
    assertTier(last, 2, tier2, tier2, new int[][] {{0, 0, tier2}, {0, 0, tier2}, {0, 0, tier2}});
    assertTier(last, 3, tier3, tier3, new int[][] {{0, 0, tier3}, {0, 0, tier3}, {0, 0, tier3}});
    assertThat(campaigns.findUnitCampaigns(id)).hasSize(region.units.size())
        .allSatisfy(u -> assertThat(u.status()).isEqualTo(UnitCampaignStatus.DONE));
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("sim-%").count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("sim-%").count())
        .isZero();
    // the paths the simulation walked besides the straight one
    assertThat(users.completed.get(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN)).isEqualTo(2);
    assertThat(users.completed.get(UnitCampaignProcess.REORGANIZE_UNIT)).isEqualTo(1);
    assertThat(users.completed.get(UnitCampaignProcess.CHECK_STUDY_STAGE)).isEqualTo(region.units.size() + 1);
    assertThat(users.completed.get(CampaignProcess.SUMMARIZE_CAMPAIGN)).isEqualTo(1);
    log.info("Campaign simulation: {} units, {} tasks, {} ms ({} ms of CPU in the test's thread)", region.units.size(),
        users.completedTasks(), millisSince(began), (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
            - cpuBefore) / 1_000_000);
  }

  /**
   * What the simulated users' completions go through: the step's check refuses an empty study record and
   * leaves the task open; a principal of another unit may not complete the city's task at all.
   */
  private void completionsAreCheckedAsInTasklist(SimRegion region) {
    Task study = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(SimRegion.CITY)
        .taskDefinitionKey(UnitCampaignProcess.RECORD_STUDY_SESSIONS).singleResult();
    String principal = region.unit(SimRegion.CITY).principal();
    assertThatThrownBy(() -> Users.as(engine, principal, () -> engine.getTaskService().complete(study.getId(),
        Map.of("sessions", Values.json(List.of()))))).hasMessageContaining("请至少记录一次集中学习或专题讨论");
    assertThatThrownBy(() -> Users.as(engine, region.unit("sim-c1").principal(), () -> engine.getTaskService()
        .complete(study.getId(), CampaignForms.studySessions(2)))).isInstanceOf(ProcessEngineException.class);
    assertThat(engine.getTaskService().createTaskQuery().taskId(study.getId()).count()).isOne();
  }

  private long unitCampaigns() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCampaignProcess.KEY)
        .processInstanceBusinessKeyLike("sim-%").count();
  }

  private static JsonNode progress(Rest office, long id) {
    Rest.Response response = office.get("/api/campaigns/" + id + "/progress");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  /** A tier's units, units done, and per stage (study, problems, rectification) planned, in progress, done; none late. */
  private static void assertTier(JsonNode progress, int tier, int units, int done, int[][] stages) {
    JsonNode t = progress.path("tiers").get(tier - 1);
    assertThat(t.path("tier").asInt()).isEqualTo(tier);
    assertThat(t.path("units").asInt()).as("tier %d's units", tier).isEqualTo(units);
    assertThat(t.path("unitsDone").asInt()).as("tier %d's units done", tier).isEqualTo(done);
    for (int s = 0; s < stages.length; s++) {
      JsonNode stage = t.path("stages").get(s);
      assertThat(new int[] {stage.path("planned").asInt(), stage.path("inProgress").asInt(), stage.path("done").asInt(),
          stage.path("late").asInt()}).as("tier %d, stage %s: planned, in progress, done, late", tier,
              stage.path("stage").asText()).containsExactly(stages[s][0], stages[s][1], stages[s][2], 0);
    }
  }

  private static String counts(JsonNode progress) {
    List<String> tiers = new ArrayList<>();
    progress.path("tiers").forEach(t -> {
      StringBuilder s = new StringBuilder("tier " + t.path("tier").asInt() + " (" + t.path("unitsDone").asInt() + "/"
          + t.path("units").asInt() + " done):");
      t.path("stages").forEach(st -> s.append(' ').append(st.path("stage").asText()).append(' ')
          .append(st.path("planned").asInt()).append('/').append(st.path("inProgress").asInt()).append('/')
          .append(st.path("done").asInt()).append('/').append(st.path("late").asInt()));
      tiers.add(s.toString());
    });
    return progress.path("status").asText() + ", " + progress.path("unitsDone").asInt() + "/"
        + progress.path("units").asInt() + " done, late " + progress.path("lateUnitCount").asInt() + "; "
        + String.join("; ", tiers);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
