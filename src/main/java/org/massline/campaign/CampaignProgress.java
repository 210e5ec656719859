package org.massline.campaign;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.massline.app.Clock;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignRepository.StagePlan;
import org.massline.campaign.CampaignRepository.UnitCampaign;
import org.springframework.stereotype.Component;

/**
 * Where a campaign stands, as of Camunda's clock: per tier and stage the units planned, in progress,
 * done and late (a stage not passed after its planned end), and the late units with their overdue
 * tasks — of every process the unit runs (its meeting, rectification and ledger items share its
 * business key).
 */
@Component
public class CampaignProgress {

  /** The late units listed one by one; the counts always cover all of them. */
  static final int LATE_UNITS_LISTED = 200;
  static final int OVERDUE_TASKS_LISTED = 20;

  public record StageCount(Stage stage, String label, int planned, int inProgress, int done, int late) {
  }

  public record TierProgress(int tier, int units, int unitsDone, List<StageCount> stages) {
  }

  public record OverdueTask(String id, String name, String processDefinitionId, String assignee, Instant due) {
  }

  public record LateUnit(String unitId, String unitName, int tier, UnitCampaignStatus status, String statusLabel,
      List<Stage> lateStages, List<OverdueTask> overdueTasks) {
  }

  public record Progress(long campaignId, String title, CampaignStatus status, String startsOn, String endsOn,
      Instant asOf, int units, int unitsDone, int lateUnitCount, List<TierProgress> tiers, List<LateUnit> lateUnits) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;
  private final TaskService tasks;

  public CampaignProgress(CampaignRepository repository, CampaignTexts texts, TaskService tasks) {
    this.repository = repository;
    this.texts = texts;
    this.tasks = tasks;
  }

  public Progress of(Campaign campaign) {
    Timestamp now = Clock.now();
    List<UnitCampaign> units = repository.findUnitCampaigns(campaign.id());
    Map<Long, UnitCampaign> byId = units.stream().collect(Collectors.toMap(UnitCampaign::id, Function.identity()));
    Map<Long, List<StagePlan>> stages = repository.findStagesOfCampaign(campaign.id()).stream()
        .collect(Collectors.groupingBy(StagePlan::unitCampaignId));
    List<TierProgress> tiers = new ArrayList<>();
    for (int tier = 1; tier <= 3; tier++) {
      int t = tier;
      List<UnitCampaign> ofTier = units.stream().filter(u -> u.tier() == t).toList();
      List<StageCount> counts = new ArrayList<>();
      for (Stage stage : Stage.values()) {
        int planned = 0;
        int inProgress = 0;
        int done = 0;
        int late = 0;
        for (UnitCampaign unit : ofTier) {
          StagePlan plan = stageOf(stages.get(unit.id()), stage);
          if (plan.passedAt() != null) {
            done++;
          } else {
            if (plan.startedAt() != null) {
              inProgress++;
            } else {
              planned++;
            }
            if (late(plan, unit, now)) {
              late++;
            }
          }
        }
        counts.add(new StageCount(stage, stage.label(), planned, inProgress, done, late));
      }
      tiers.add(new TierProgress(tier, ofTier.size(), (int) ofTier.stream().filter(u -> u.status() == UnitCampaignStatus.DONE)
          .count(), counts));
    }
    List<UnitCampaign> late = units.stream()
        .filter(u -> stages.get(u.id()).stream().anyMatch(plan -> plan.passedAt() == null && late(plan, u, now)))
        .sorted(Comparator.comparing(UnitCampaign::tier).thenComparing(UnitCampaign::id)).toList();
    List<LateUnit> listed = late.stream().limit(LATE_UNITS_LISTED).map(u -> lateUnit(byId.get(u.id()),
        stages.get(u.id()), now)).toList();
    return new Progress(campaign.id(), campaign.title(), campaign.status(), campaign.startsOn().toString(),
        campaign.endsOn().toString(), now.toInstant(), units.size(),
        (int) units.stream().filter(u -> u.status() == UnitCampaignStatus.DONE).count(), late.size(), tiers, listed);
  }

  /** A stage not passed after its planned end; a cancelled unit is no longer late. */
  private static boolean late(StagePlan plan, UnitCampaign unit, Timestamp now) {
    return unit.status() != UnitCampaignStatus.CANCELLED && plan.plannedEnd().before(now);
  }

  private static StagePlan stageOf(List<StagePlan> plans, Stage stage) {
    return plans.stream().filter(p -> p.stage() == stage).findFirst().orElseThrow();
  }

  private LateUnit lateUnit(UnitCampaign unit, List<StagePlan> plans, Timestamp now) {
    List<OverdueTask> overdue = tasks.createTaskQuery().processInstanceBusinessKey(unit.unitId()).dueBefore(now)
        .orderByDueDate().asc().listPage(0, OVERDUE_TASKS_LISTED).stream().map(CampaignProgress::overdueTask).toList();
    return new LateUnit(unit.unitId(), texts.unitName(unit.unitId()), unit.tier(), unit.status(), unit.status().label(),
        plans.stream().filter(p -> p.passedAt() == null && late(p, unit, now)).map(StagePlan::stage).sorted().toList(),
        overdue);
  }

  private static OverdueTask overdueTask(Task task) {
    return new OverdueTask(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getAssignee(),
        task.getDueDate().toInstant());
  }
}
