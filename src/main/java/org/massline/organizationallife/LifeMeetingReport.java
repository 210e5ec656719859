package org.massline.organizationallife;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.organizationallife.LifeMeetingRepository.BranchSession;
import org.massline.organizationallife.LifeMeetingRepository.FollowUp;
import org.massline.organizationallife.LifeMeetingRepository.LifeMeeting;
import org.massline.organizationallife.LifeMeetingRepository.Preparation;
import org.springframework.stereotype.Component;

/**
 * The report of an organizational life meeting to the superior organization, written only from what
 * was recorded: every sentence states a recorded fact (who was present, what was counted), none
 * states what nobody recorded.
 */
@Component
public class LifeMeetingReport {

  private final LifeMeetingRepository lifeMeetings;
  private final OrganizationRepository organization;
  private final PersonNames names;

  public LifeMeetingReport(LifeMeetingRepository lifeMeetings, OrganizationRepository organization,
      PersonNames names) {
    this.lifeMeetings = lifeMeetings;
    this.organization = organization;
    this.names = names;
  }

  public String compose(long lifeMeetingId) {
    LifeMeeting meeting = lifeMeetings.findLifeMeeting(lifeMeetingId).orElseThrow();
    String unit = organization.findUnit(meeting.unitId()).orElseThrow().name();
    int members = lifeMeetings.findParticipants(lifeMeetingId).size();
    StringBuilder text = new StringBuilder(unit).append("“").append(meeting.title()).append("”情况报告\n");
    lifeMeetings.findPreparation(lifeMeetingId).ifPresent((Preparation p) -> text.append("会前准备：")
        .append(p.studyDate()).append(" 集中学习 ").append(p.studyHours().stripTrailingZeros().toPlainString())
        .append(" 小时；开展谈心谈话 ").append(p.talkCount()).append(" 人次，征求意见 ").append(p.opinionCount())
        .append(" 条；查摆支部问题 ").append(lifeMeetings.findProblems(lifeMeetingId).size()).append(" 个。\n"));
    int examinations = lifeMeetings.findSelfExaminations(lifeMeetingId).size();
    if (examinations > 0) {
      text.append("简要对照检查材料：").append(examinations).append(" 份（本支部党员 ").append(members).append(" 名）。\n");
    }
    lifeMeetings.findSession(lifeMeetingId, BranchSessionKind.COMMITTEE).ifPresent(s -> text
        .append(session(s)).append("，相互批评 ").append(lifeMeetings.findCriticisms(s.id()).size()).append(" 条。\n"));
    lifeMeetings.findSession(lifeMeetingId, BranchSessionKind.GENERAL).ifPresent(s -> {
      text.append(session(s)).append("，应到 ").append(members).append(" 名");
      if (s.presentIds().size() < members) {
        text.append("，缺席 ").append(members - s.presentIds().size()).append(" 名");
      }
      text.append("。\n");
    });
    List<AppraisalResult> results = lifeMeetings.findResults(lifeMeetingId);
    if (!results.isEmpty()) {
      Map<AppraisalGrade, Long> byGrade = results.stream()
          .collect(Collectors.groupingBy(AppraisalResult::grade, Collectors.counting()));
      text.append("民主评议党员 ").append(results.size()).append(" 名：");
      text.append(Arrays.stream(AppraisalGrade.values())
          .map(g -> g.label() + " " + byGrade.getOrDefault(g, 0L) + " 名").collect(Collectors.joining("，")));
      text.append("。\n");
    }
    Map<String, FollowUp> followUps = lifeMeetings.findFollowUps(lifeMeetingId).stream()
        .collect(Collectors.toMap(FollowUp::memberId, Function.identity()));
    results.stream().filter(r -> r.grade() == AppraisalGrade.UNQUALIFIED).forEach(r -> {
      text.append("评议为不合格：").append(names.name(r.memberId()));
      FollowUp f = followUps.get(r.memberId());
      text.append(f == null ? "（处置尚未记录）" : "，" + f.talkDate() + " 谈话，处置：" + f.measure().label());
      text.append("。\n");
    });
    return text.toString().trim();
  }

  private String session(BranchSession s) {
    return s.heldOn() + " 召开" + s.kind().label() + "，出席 " + s.presentIds().size() + " 名（"
        + s.presentIds().stream().map(names::name).collect(Collectors.joining("、")) + "）";
  }
}
