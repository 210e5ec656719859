package org.massline.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.massline.app.Clock;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignRepository.Gate;
import org.massline.campaign.CampaignRepository.Opinion;
import org.massline.campaign.CampaignRepository.OpinionRound;
import org.massline.campaign.CampaignRepository.StudySession;
import org.massline.campaign.CampaignRepository.UnitCampaign;
import org.massline.organization.PersonNames;
import org.massline.organization.UnitNames;
import org.springframework.stereotype.Component;

/** What the campaign's forms show, in Chinese: the register, a stage's record for its gate, the campaign in figures. */
@Component
public class CampaignTexts {

  private final CampaignRepository repository;
  private final PersonNames persons;
  private final UnitNames units;

  public CampaignTexts(CampaignRepository repository, PersonNames persons, UnitNames units) {
    this.repository = repository;
    this.persons = persons;
    this.units = units;
  }

  public String unitName(String unitId) {
    return units.nameOf(unitId).orElse(unitId);
  }

  /** The opinion register (意见台账), numbered as problems cite it. */
  public String register(long unitCampaignId) {
    List<Opinion> opinions = repository.findOpinions(unitCampaignId);
    if (opinions.isEmpty()) {
      return "（意见台账中还没有意见）";
    }
    // after a dash, not in brackets: the channels' own brackets (集体谈（座谈会）) would nest
    return opinions.stream().map(o -> o.number() + ". " + o.content() + " —— " + o.channel().label() + "，"
        + (o.anonymous() ? "匿名" : o.source()) + (o.concernsPersonId() == null ? "，涉及班子整体"
            : "，涉及" + persons.name(o.concernsPersonId())))
        .collect(Collectors.joining("\n"));
  }

  /** What the unit did in a stage, for the supervision group deciding at its gate; earlier decisions after it. */
  public String stageRecord(long unitCampaignId, Stage stage) {
    StringBuilder text = new StringBuilder();
    switch (stage) {
      case STUDY -> {
        List<StudySession> sessions = repository.findStudySessions(unitCampaignId);
        double hours = sessions.stream().mapToDouble(StudySession::hours).sum();
        text.append(sessions.isEmpty() ? "尚未记录集中学习和专题讨论。\n" : "集中学习和专题讨论 " + sessions.size()
            + " 次，共 " + hours(hours) + " 小时：\n");
        sessions.forEach(s -> text.append("· ").append(s.heldOn()).append(" ").append(s.topic()).append("（")
            .append(hours(s.hours())).append(" 小时，到会 ").append(s.attended()).append(" 人，缺席 ").append(s.absent())
            .append(" 人").append(s.makeUp() == null ? "" : "，补学：" + s.makeUp()).append("）\n"));
        List<OpinionRound> rounds = repository.findRounds(unitCampaignId);
        List<Opinion> opinions = repository.findOpinions(unitCampaignId);
        Map<OpinionChannel, Long> byChannel = opinions.stream()
            .collect(Collectors.groupingBy(Opinion::channel, () -> new EnumMap<>(OpinionChannel.class),
                Collectors.counting()));
        if (rounds.isEmpty()) {
          text.append("尚未征求意见。");
        } else {
          text.append("征求意见 ").append(rounds.size()).append(" 轮，共 ").append(opinions.size()).append(" 条")
              .append(byChannel.isEmpty() ? "" : byChannel.entrySet().stream()
                  .map(e -> e.getKey().label() + " " + e.getValue() + " 条").collect(Collectors.joining("、", "，其中", "")))
              .append("：\n");
          rounds.forEach(r -> text.append("· 第 ").append(r.round()).append(" 轮 ").append(r.heldOn()).append(" 向")
              .append(r.audience()).append("征求\n"));
          text.append("意见台账：\n").append(register(unitCampaignId));
        }
      }
      case PROBLEMS -> {
        text.append("问题清单：\n");
        repository.findProblems(unitCampaignId).forEach(p -> text.append(p.position()).append(". 【")
            .append(p.wind().label()).append("】").append(p.description()).append("（来自意见 ")
            .append(p.opinionNumbers()).append("）\n"));
        text.append("会议的对照检查材料、批评和点评见该单位的会议记录。");
      }
      case RECTIFICATION -> text.append("整改方案、台账和销号情况见该单位的整改台账。");
    }
    List<Gate> gates = repository.findGates(unitCampaignId).stream().filter(g -> g.stage() == stage).toList();
    if (!gates.isEmpty()) {
      text.append("\n\n此前的把关意见：\n");
      gates.forEach(g -> text.append("· ").append(Clock.toLocalDate(g.decidedAt())).append(" ")
          .append(persons.name(g.decidedBy())).append("：").append(g.passed() ? "通过" : "回炉补课")
          .append(g.failedChecks() == null ? "" : "（" + failedChecks(g.failedChecks()) + "）")
          .append(g.reasons() == null ? "" : "，" + g.reasons()).append("\n"));
    }
    return text.toString().strip();
  }

  /** 3.5 as 3.5, 2.0 as 2. */
  private static String hours(double hours) {
    return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString();
  }

  private static String failedChecks(String names) {
    return Arrays.stream(names.split(",")).map(n -> NoPass.valueOf(n).label()).collect(Collectors.joining("、"));
  }

  /** The campaign's units by status, for the office and the supervision groups. */
  public String progress(Campaign campaign) {
    List<UnitCampaign> all = repository.findUnitCampaigns(campaign.id());
    StringBuilder text = new StringBuilder(campaign.title()).append("（").append(campaign.startsOn())
        .append(" 开始，计划 ").append(campaign.endsOn()).append(" 结束），参加单位 ")
        .append(all.size()).append(" 个：\n");
    for (int tier = 1; tier <= 3; tier++) {
      int t = tier;
      Map<UnitCampaignStatus, Long> byStatus = all.stream().filter(u -> u.tier() == t)
          .collect(Collectors.groupingBy(UnitCampaign::status, () -> new EnumMap<>(UnitCampaignStatus.class),
              Collectors.counting()));
      text.append("第").append("一二三".charAt(tier - 1)).append("梯次：").append(byStatus.isEmpty() ? "无"
          : byStatus.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
              .collect(Collectors.joining("，"))).append("\n");
    }
    return text.toString().strip();
  }

  /** The units not done, with where each stands: the list a late campaign hands on. */
  public String lateUnits(Campaign campaign) {
    LocalDate today = Clock.today();
    return repository.findUnitCampaigns(campaign.id()).stream().filter(u -> u.completedAt() == null)
        .map(u -> unitName(u.unitId()) + "（第" + "一二三".charAt(u.tier() - 1) + "梯次，" + u.status().label()
            + (u.startedAt() == null ? "" : "，" + Clock.toLocalDate(u.startedAt()) + " 开始") + "）")
        .collect(Collectors.joining("\n", "截至 " + today + " 尚未完成的单位：\n", ""));
  }
}
