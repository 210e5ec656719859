package org.massline.campaign.steps;

import static org.massline.campaign.CampaignProcess.CAMPAIGN_ID;
import static org.massline.forms.Values.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignProcess;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignSettings;
import org.massline.campaign.CampaignSetup;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.Unit;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code draftImplementationPlan} (制定活动实施方案, seed 001 五): the office analyses the problems to
 * solve and the foreseeable risks, proposes when tiers 2 and 3 open (after one another, each before the
 * tier above it can have finished: 压茬进行) and flags the weak groups to reorganize first. A returned
 * plan is redrafted from the last version, the reviews beside it.
 */
@Component(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN)
public class DraftImplementationPlan extends Step<DraftImplementationPlan.Values> {

  public record Values(String problems, String risks, LocalDate tier2OpensOn, LocalDate tier3OpensOn,
      List<String> weakUnits) {
    public Values {
      weakUnits = listOrEmpty(weakUnits);
    }
  }

  private final CampaignRepository repository;
  private final CampaignSetup setup;
  private final CampaignSettings settings;
  private final OrganizationRepository organization;
  private final PersonNames persons;

  public DraftImplementationPlan(CampaignRepository repository, CampaignSetup setup, CampaignSettings settings,
      OrganizationRepository organization, PersonNames persons) {
    this.repository = repository;
    this.setup = setup;
    this.settings = settings;
    this.organization = organization;
    this.persons = persons;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = CAMPAIGN_ID.from(task);
    Campaign campaign = repository.findCampaign(id).orElseThrow();
    List<Unit> units = organization.findSubtree(campaign.unitId());
    StringBuilder context = new StringBuilder(campaign.title()).append("：").append(campaign.startsOn())
        .append(" 开始，计划 ").append(campaign.endsOn()).append(" 基本完成；每个单位不少于 ").append(settings.unitMinimum().toTotalMonths())
        .append(" 个月。参加单位 ").append(units.size()).append(" 个：");
    for (int tier = 1; tier <= 3; tier++) {
      int t = tier;
      context.append("第").append("一二三".charAt(tier - 1)).append("梯次 ")
          .append(units.stream().filter(u -> u.tier() == t).count()).append(" 个").append(tier < 3 ? "，" : "。");
    }
    List<Map<String, Object>> options = new ArrayList<>();
    units.forEach(u -> options.add(PersonNames.option(u.name(), u.id())));
    task.setVariableLocal("unitOptions", json(options));
    repository.findLatestPlan(id).ifPresentOrElse(last -> {
      task.setVariableLocal("problems", last.problems());
      task.setVariableLocal("risks", last.risks());
      task.setVariableLocal("tier2OpensOn", last.tier2OpensOn().toString());
      task.setVariableLocal("tier3OpensOn", last.tier3OpensOn().toString());
      context.append("\n\n上一稿的审核意见：\n");
      repository.findPlanReviews(id).forEach(r -> context.append("· ").append(persons.name(r.reviewerId()))
          .append("：").append(r.approved() ? "通过" : "退回修改").append(r.reasons() == null ? "" : "，" + r.reasons())
          .append("\n"));
    }, () -> {
      task.setVariableLocal("tier2OpensOn", setup.defaultOpening(campaign, 2).toString());
      task.setVariableLocal("tier3OpensOn", setup.defaultOpening(campaign, 3).toString());
    });
    Set<String> weak = Set.copyOf(organization.findWeakUnits());
    task.setVariableLocal("weakUnits", json(units.stream().map(Unit::id).filter(weak::contains).toList()));
    task.setVariableLocal("planContext", context.toString().strip());
  }

  @Override
  protected void check(Values plan, Submission submission, Problems problems) {
    Campaign campaign = repository.findCampaign(submission.variable(CAMPAIGN_ID)).orElseThrow();
    LocalDate start = campaign.startsOn();
    LocalDate end = campaign.endsOn();
    LocalDate tier2 = plan.tier2OpensOn();
    LocalDate tier3 = plan.tier3OpensOn();
    if (tier2 == null || tier3 == null) {
      return; // the form's schema names the missing date
    }
    if (tier2.isBefore(start)) {
      problems.add("第二梯次的开始日期不能早于活动开始日期 " + start);
    }
    if (tier3.isBefore(tier2)) {
      problems.add("第三梯次不能早于第二梯次开始（梯次展开、依次推进）");
    }
    LocalDate latest = end.minus(settings.unitMinimum());
    for (var tier : List.of(Map.entry("第二", tier2), Map.entry("第三", tier3))) {
      if (tier.getValue().isAfter(latest)) {
        problems.add(tier.getKey() + "梯次 " + tier.getValue() + " 开始太晚：每个单位不少于 "
            + settings.unitMinimum().toTotalMonths() + " 个月，须在 " + latest + " 前开始，才能在活动计划结束日期 " + end
            + " 前完成");
      }
    }
    if (!tier2.isBefore(start.plus(settings.unitMinimum()))) {
      problems.add("第二梯次须在第一梯次结束（" + start.plus(settings.unitMinimum()) + "）之前开始：压茬进行");
    }
    if (!tier3.isBefore(tier2.plus(settings.unitMinimum()))) {
      problems.add("第三梯次须在第二梯次结束（" + tier2.plus(settings.unitMinimum()) + "）之前开始：压茬进行");
    }
    Set<String> subtree = setup.subtree(campaign.unitId());
    List<String> outside = plan.weakUnits().stream().filter(u -> !subtree.contains(u)).toList();
    if (!outside.isEmpty()) {
      problems.add("软弱涣散班子只能从本次活动的参加单位中选择：" + String.join("、", outside) + "不在其中");
    }
    if (Checks.length(plan.problems()) < 20) {
      problems.add("要着重解决的问题须具体分析（至少 20 字）");
    }
  }

  @Override
  protected void complete(Values plan, DelegateTask task) {
    long id = CAMPAIGN_ID.from(task);
    Campaign campaign = repository.findCampaign(id).orElseThrow();
    String by = Actor.of(task);
    Set<String> weak = Set.copyOf(plan.weakUnits());
    Set<String> flagged = Set.copyOf(organization.findWeakUnits());
    Map<String, Boolean> changes = new LinkedHashMap<>();
    for (String unit : setup.subtree(campaign.unitId())) {
      if (weak.contains(unit) != flagged.contains(unit)) {
        changes.put(unit, weak.contains(unit));
      }
    }
    changes.forEach((unit, isWeak) -> {
      if (isWeak) {
        organization.flagWeak(unit, by);
      } else {
        organization.unflagWeak(unit);
      }
    });
    repository.insertPlan(id, plan.problems(), plan.risks(), plan.tier2OpensOn(), plan.tier3OpensOn(),
        weak.isEmpty() ? null : String.join(",", plan.weakUnits()), by);
  }
}
