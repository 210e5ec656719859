package org.massline.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.massline.app.Clock;
import org.massline.forms.Values;

/** Valid submissions of the meeting's forms, as Tasklist would send them (lists as Json). */
public final class MeetingForms {

  private MeetingForms() {
  }

  public static String today() {
    return Clock.today().toString();
  }

  public static String inDays(int days) {
    return Clock.today().plusDays(days).toString();
  }

  public static Map<String, Object> preparation(List<String> members) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studyDate", today());
    v.put("studyHours", 16);
    v.put("studyTopics", "集中学习党章、《中国共产党廉洁自律准则》和中央关于改进作风的规定，围绕反对“四风”开展专题讨论");
    v.put("studyAttendance", "应到 " + members.size() + " 人，实到 " + members.size() + " 人");
    v.put("opinionCount", 36);
    v.put("opinionChannels", Values.json(List.of("MEETING", "INTERVIEW", "LETTERS")));
    v.put("opinionSummary", "共征求意见 36 条：形式主义方面 12 条，主要是会议多、文件多；官僚主义方面 10 条，主要是深入基层少。");
    List<Map<String, Object>> problems = new ArrayList<>();
    problems.add(problem("group", "FORMALISM", "COLLECTIVE", "会议多、文件多，以会议落实会议、以文件落实文件"));
    for (String member : members) {
      problems.add(problem(member, "BUREAUCRATISM", "MASSES", "深入基层调查研究不够，对群众反映的问题回应不及时"));
    }
    v.put("problems", Values.json(problems));
    return v;
  }

  public static Map<String, Object> passPreparation() {
    return Map.of("decision", "PASS");
  }

  public static Map<String, Object> returnPreparation() {
    return Map.of("decision", "RETURN", "defects", Values.json(List.of("SHALLOW_OPINIONS", "UNFOCUSED_PROBLEMS")),
        "comment", "只开了一次座谈会，服务对象的意见没有听到；问题清单大而化之，没有具体事例");
  }

  public static Map<String, Object> problem(String subject, String wind, String source, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("subject", subject);
    p.put("wind", wind);
    p.put("source", source);
    p.put("description", description);
    return p;
  }

  public static Map<String, Object> talkRecord() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("talkDate", today());
    v.put("topics", "就各自在“四风”方面存在的问题相互提醒，谈开了分管工作中推诿扯皮的问题");
    v.put("viewsExchanged", true);
    return v;
  }

  public static Map<String, Object> talkConfirmation(boolean confirm, String comment) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", confirm ? "confirm" : "dispute");
    if (comment != null) {
      v.put("comment", comment);
    }
    return v;
  }

  /** A complete report; {@code draft} makes each version's text differ. */
  /** A special meeting's report: the annual topics left out, as the form hides them. */
  public static Map<String, Object> report(int draft) {
    Map<String, Object> v = new LinkedHashMap<>();
    String mark = "（第" + draft + "稿）";
    for (ReportSection s : ReportSection.values()) {
      if (s.annual()) {
        continue;
      }
      v.put(s.key(), switch (s) {
        case PUBLIC_EXPENSES, POSITION_CONSUMPTION, GIFTS_AND_FAVOURS, OFFICIAL_CARS, OFFICE_AND_HOUSING,
            FAMILY_EMPLOYMENT -> "无违规情况，已逐项说明" + mark;
        case MEASURES -> "一是建立领导干部联系基层制度，每月至少两天到基层调研；二是精简会议文件，全年会议减少三分之一；"
            + "三是建立群众反映问题限时回复制度，由办公室督办" + mark;
        default -> s.heading() + "：结合分管工作查摆，列出具体表现和典型事例，剖析思想根源，做到见人见事见思想" + mark;
      });
    }
    return v;
  }

  /** An annual meeting's report, its annual topics written too. */
  public static Map<String, Object> annualReport(int draft) {
    Map<String, Object> v = new LinkedHashMap<>(report(draft));
    for (ReportSection s : ReportSection.values()) {
      if (s.annual()) {
        v.put(s.key(), s.heading() + "：对照检查本人执行情况，列出具体事例和整改进展（第" + draft + "稿）");
      }
    }
    return v;
  }

  /** An annual meeting's preparation: its plan and rectification status report too. */
  public static Map<String, Object> annualPreparation(List<String> members) {
    Map<String, Object> v = new LinkedHashMap<>(preparation(members));
    v.put("plan", "会议主题：严格党内生活，严守党的纪律，深化作风建设；会前学习、征求意见、谈心谈话，会上逐一对照检查");
    v.put("rectificationReport", "教育实践活动查摆的 5 个问题已完成整改 4 个，1 个正在推进，已向群众公开整改进展");
    return v;
  }

  public static Map<String, Object> comment() {
    return Map.of("comment", "建议进一步聚焦班子在服务群众方面的突出问题，增加典型事例");
  }

  public static Map<String, Object> approve() {
    return Map.of("decision", "approve", "reviewComment", "材料见人见事见思想，同意提交会议");
  }

  public static Map<String, Object> reject() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision", "reject");
    v.put("reasons", Values.json(List.of("NO_SUBSTANCE", "SHALLOW_ANALYSIS")));
    v.put("reviewComment", "问题列举不具体，没有典型事例，根源剖析停留在表面，请修改");
    return v;
  }

  public static Map<String, Object> reminderTalk() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("talkDate", today());
    v.put("summary", "督导组与本人谈话，指出材料三次被退回的原因，要求端正态度、自己动手、把问题写实写透");
    v.put("nextSteps", "三日内提交修改稿");
    return v;
  }

  public static Map<String, Object> schedule(String supervisor) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("meetingDate", inDays(3));
    v.put("startTime", "09:00");
    v.put("place", "县委第一会议室");
    v.put("supervisorsAttending", Values.json(List.of(supervisor)));
    return v;
  }

  public static Map<String, Object> record(List<String> members, String supervisor) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heldOn", today());
    v.put("superiorPresent", true);
    v.put("supervisorsPresent", Values.json(List.of(supervisor)));
    List<Map<String, Object>> statements = new ArrayList<>();
    List<Map<String, Object>> criticisms = new ArrayList<>();
    for (String member : members) {
      statements.add(entry("memberId", member, "summary", "对照党章和“四风”问题作对照检查，剖析思想根源，提出整改措施"));
      for (String critic : members) {
        if (!critic.equals(member)) {
          criticisms.add(entry("targetId", member, "criticId", critic, "content", "深入基层不够，对分管领域群众反映的问题跟踪督办不到位"));
        }
      }
    }
    v.put("statements", Values.json(statements));
    v.put("criticisms", Values.json(criticisms));
    v.put("absences", Values.json(List.of()));
    v.put("summary", "会议开得严肃认真，达到了红红脸、出出汗、排排毒的效果");
    return v;
  }

  /** The record of a meeting {@code absent} missed: no statement of theirs, no criticism by or of them. */
  public static Map<String, Object> recordWithAbsent(List<String> members, String supervisor, String absent) {
    Map<String, Object> v = record(members.stream().filter(m -> !m.equals(absent)).toList(), supervisor);
    v.put("absences", Values.json(List.of(entry("memberId", absent, "reason", "参加省委党校集中培训"))));
    return v;
  }

  /** An absent member's written statement (补课). */
  public static Map<String, Object> makeUp() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("statement", "因参加省委党校集中培训未能到会。对照党章和“四风”问题作书面对照检查：深入基层调研不够，"
        + "听汇报多、看现场少，对分管领域群众反映强烈的问题跟踪督办不到位；根源在于宗旨意识淡化。整改：每月下基层不少于五天。");
    v.put("criticisms", "对班子主要负责同志：研究重大事项时听取不同意见不够充分，会议多、文件多的问题还没有根本扭转");
    v.put("response", "会前谈心谈话中同志们指出我联系群众不够，完全接受，已列入个人整改清单");
    return v;
  }

  /** The commentary, with one intervention of {@code supervisor} (present at the meeting), corrected there. */
  public static Map<String, Object> commentary(List<String> members, String supervisor) {
    Map<String, Object> v = new LinkedHashMap<>(commentary(members));
    v.put("interventions", Values.json(List.of(entry("supervisorId", supervisor, "kind", "EVASIVE",
        "targetId", members.get(1), "corrected", true, "note", "批评意见避重就轻，督导组当场提醒"))));
    return v;
  }

  public static Map<String, Object> commentary(List<String> members) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("groupAffirmation", "班子会前准备充分，对照检查触及问题实质");
    v.put("groupProblems", "相互批评辣味还不够足，个别批评停留在工作层面");
    v.put("groupRequirements", "抓紧制定整改方案，明确任务书、时间表、责任人");
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String member : members) {
      lines.add(entry("memberId", member, "affirmation", "自我剖析深刻", "problems", "联系群众不够",
          "requirements", "带头整改"));
    }
    v.put("memberCommentary", Values.json(lines));
    v.put("verdict", "PASS");
    return v;
  }

  /** The commentary, ending with the verdict that the meeting is held again. */
  public static Map<String, Object> commentaryHoldAgain(List<String> members) {
    Map<String, Object> v = new LinkedHashMap<>(commentary(members));
    v.put("verdict", "HOLD_AGAIN");
    v.put("verdictReasons", "相互批评避重就轻，多数批评停留在工作层面，对照检查没有触及思想根源");
    return v;
  }

  public static Map<String, Object> circulation(String text) {
    return circulation(text, NotificationScope.UNIT_CADRES);
  }

  public static Map<String, Object> circulation(String text, NotificationScope scope) {
    return Map.of("notificationText", text, "scope", scope.name());
  }

  /** A reader of the signed notification: read and acknowledged (阅知). */
  public static Map<String, Object> notificationRead() {
    return Map.of("read", true, "remark", "已阅知，将对照通报抓好分管领域的整改。");
  }

  public static Map<String, Object> acknowledgement() {
    return Map.of("decision", "ACKNOWLEDGE", "acknowledgement", "已阅。请抓好整改落实。");
  }

  public static Map<String, Object> sendBack() {
    return Map.of("decision", "SEND_BACK", "acknowledgement", "通报没有写明缺席人员的补课安排，请补充后重新通报");
  }

  public static Map<String, Object> supervisionNotice() {
    return Map.of("noticeText", "该项工作已逾期，请于限期内办结并报督导组", "deadline", inDays(5));
  }

  public static Map<String, Object> entry(Object... keysAndValues) {
    Map<String, Object> e = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      e.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return e;
  }
}
