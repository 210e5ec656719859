package org.massline.campaign;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.massline.app.Clock;
import org.massline.forms.Values;

/** Valid submissions of the campaign's forms, as Tasklist sends them (lists as Json). */
public final class CampaignForms {

  private CampaignForms() {
  }

  /** The start form: the office's unit, a title, the start date (yyyy-MM-dd). */
  public static Map<String, Object> start(String unitId, String title, String startsOn) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("unitId", unitId);
    v.put("title", title);
    v.put("startsOn", startsOn);
    return v;
  }

  /** The implementation plan with the tiers' openings the form proposes, flagging {@code weakUnits}. */
  public static Map<String, Object> plan(String tier2OpensOn, String tier3OpensOn, List<String> weakUnits) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("problems", "着力解决“四风”方面的突出问题：文山会海、检查评比过多，深入基层少，服务窗口门难进、脸难看、事难办");
    v.put("risks", "防止走过场、一阵风；防止上下一般粗；基层单位多、督导力量有限，按梯次压茬推进");
    v.put("tier2OpensOn", tier2OpensOn);
    v.put("tier3OpensOn", tier3OpensOn);
    v.put("weakUnits", Values.json(weakUnits));
    return v;
  }

  public static Map<String, Object> approvePlan() {
    return Map.of("decision", "APPROVE", "reasons", "");
  }

  public static Map<String, Object> returnPlan() {
    return Map.of("decision", "RETURN", "reasons", "风险分析过于笼统，请结合各梯次单位的特点写明对策");
  }

  public static Map<String, Object> reorganization() {
    return Map.of("findings", "班子成员长期不在岗，组织生活不经常，群众意见大",
        "measures", "上级党委派驻工作组，调整支部书记，恢复“三会一课”",
        "adjustments", "原支部委员改任党员，新选一名支部书记");
  }

  public static Map<String, Object> studySessions(int attended) {
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("heldOn", Clock.today().toString());
    session.put("hours", 4);
    session.put("topic", "学习党章和中央八项规定，围绕“为民务实清廉”开展专题讨论");
    session.put("attended", attended);
    session.put("absent", 0);
    session.put("makeUp", "");
    return Map.of("sessions", Values.json(List.of(session)));
  }

  /** One round of opinions heard at a forum, none asked of the served units; no further round. */
  public static Map<String, Object> opinionRound() {
    Map<String, Object> opinion = new LinkedHashMap<>();
    opinion.put("content", "办事要跑好几趟，窗口人员态度生硬，会议通知太多");
    opinion.put("channel", OpinionChannel.COLLECTIVE.name());
    opinion.put("anonymous", false);
    opinion.put("source", "群众代表座谈会");
    opinion.put("concerns", "GROUP");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("audience", "群众代表、服务对象和基层干部");
    v.put("heldOn", Clock.today().toString());
    v.put("askedUnits", Values.json(List.of()));
    v.put("opinions", Values.json(List.of(opinion)));
    v.put("moreRounds", false);
    return v;
  }

  /** A problem list of one problem traced to the register's first opinion. */
  public static Map<String, Object> problemList() {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("wind", "BUREAUCRATISM");
    problem.put("description", "服务群众意识不强，办事程序繁琐，群众反映办事难");
    problem.put("opinions", "1");
    return Map.of("problems", Values.json(List.of(problem)));
  }

  public static Map<String, Object> passStage() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", "PASS");
    v.put("failedChecks", Values.json(List.of()));
    v.put("reasons", "");
    return v;
  }

  public static Map<String, Object> redoStage() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", "REDO");
    v.put("failedChecks", Values.json(List.of(NoPass.SOLICITATION.name())));
    v.put("reasons", "只开了一次座谈会，服务对象的意见没有听到，请补课后再报");
    return v;
  }

  public static Map<String, Object> unitRecords() {
    return Map.of("note", "已导入补齐主要负责同志和班子成员");
  }

  public static Map<String, Object> lateUnits() {
    return Map.of("measures", "逐一约谈逾期单位主要负责同志，限期完成，督导组跟踪督办");
  }

  public static Map<String, Object> summary() {
    return Map.of("summary", "各梯次单位均已完成三个环节，查摆问题已列入整改台账，建立健全了联系群众的长效机制");
  }
}
