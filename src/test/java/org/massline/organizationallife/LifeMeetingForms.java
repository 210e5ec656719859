package org.massline.organizationallife;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.massline.app.Clock;
import org.massline.forms.Values;

/** Valid submissions of the organizational life meeting's forms, as Tasklist sends them (lists as Json). */
public final class LifeMeetingForms {

  /** 城关镇南关村党支部 and its people: the secretary, a committee member, the members, the township's secretary. */
  public static final String VILLAGE = "dh-chengguan-nanguan";
  public static final String OFFICE = "hejing";
  public static final String SECRETARY = "tianfang";
  public static final String COMMITTEE_MEMBER = "ligang";
  /** Of the township's leadership, an ordinary member here. */
  public static final String LEADING_CADRE = "songjia";
  public static final String UNQUALIFIED = "qianjinshan";
  public static final String SUPERIOR = "liangyong";
  public static final List<String> BRANCH = List.of(SECRETARY, COMMITTEE_MEMBER, UNQUALIFIED, LEADING_CADRE, "wangfang",
      "zhaoshuzhen");

  private LifeMeetingForms() {
  }

  public static Map<String, Object> preparation() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("studyDate", Clock.today().minusDays(10).toString());
    v.put("studyHours", 3);
    v.put("studyTopics", "集中学习党章和中央关于改进作风、密切联系群众的规定，对年老体弱党员送学上门");
    v.put("studyAttendance", "应到 6 人，实到 6 人");
    v.put("talkCount", 8);
    v.put("opinionCount", 14);
    v.put("opinionSummary", "村民反映办事要跑几趟、村务公开不及时、低保评定不透明");
    v.put("branchExamination", "支部对照党章检查：服务群众意识不强，村务公开流于形式，组织生活不经常、不严肃");
    v.put("problems", Values.json(List.of(problem("FORMALISM", "村务公开栏长期不更新，公开内容避重就轻"),
        problem("BUREAUCRATISM", "村民办事需多次往返，干部坐班不坐岗"))));
    return v;
  }

  public static Map<String, Object> problem(String wind, String description) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("wind", wind);
    p.put("description", description);
    return p;
  }

  public static Map<String, Object> selfExamination() {
    return Map.of("problems", "为群众办事不够主动，对村务公开监督不到位，参加组织生活不经常",
        "causes", "宗旨意识淡薄，放松了学习",
        "measures", "每月参加一次主题党日，带头公开承诺");
  }

  public static Map<String, Object> committeeMeeting(List<String> present, List<List<String>> criticisms) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heldOn", Clock.today().minusDays(3).toString());
    v.put("present", Values.json(present));
    v.put("summary", "支部书记带头作自我批评，委员逐一对照检查，相互提出批评意见");
    List<Map<String, Object>> list = new ArrayList<>();
    for (List<String> c : criticisms) {
      list.add(Map.of("critic", c.get(0), "target", c.get(1), "content", "对村务公开抓得不紧，群众意见回应慢"));
    }
    v.put("criticisms", Values.json(list));
    return v;
  }

  public static Map<String, Object> generalMeeting(int daysAgo, List<String> absent) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("heldOn", Clock.today().minusDays(daysAgo).toString());
    v.put("absent", Values.json(absent));
    v.put("summary", "通报支部委员会情况，党员逐一作自我批评，开展相互批评，随后进行民主评议");
    return v;
  }

  /** Grades for the members to appraise: {@code grades} by member, the rest 合格. */
  public static Map<String, Object> appraisal(List<String> members, Map<String, String> grades) {
    List<Map<String, Object>> ratings = new ArrayList<>();
    for (String m : members) {
      ratings.add(Map.of("member", m, "grade", grades.getOrDefault(m, "QUALIFIED")));
    }
    return Map.of("ratings", Values.json(ratings));
  }

  public static Map<String, Object> followUp() {
    return Map.of("measure", "CORRECT_WITHIN_DEADLINE", "talkDate", Clock.today().toString(),
        "reasons", "长期不参加组织生活、不交党费，限三个月内改正，由支部书记负责帮教");
  }

  public static Map<String, Object> acknowledgement() {
    return Map.of("acknowledged", true, "remarks", "已阅，请抓好整改");
  }
}
