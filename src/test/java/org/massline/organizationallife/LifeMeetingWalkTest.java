package org.massline.organizationallife;

import static org.assertj.core.api.Assertions.assertThat;
import static org.massline.organizationallife.LifeMeetingForms.BRANCH;
import static org.massline.organizationallife.LifeMeetingForms.COMMITTEE_MEMBER;
import static org.massline.organizationallife.LifeMeetingForms.LEADING_CADRE;
import static org.massline.organizationallife.LifeMeetingForms.OFFICE;
import static org.massline.organizationallife.LifeMeetingForms.SECRETARY;
import static org.massline.organizationallife.LifeMeetingForms.SUPERIOR;
import static org.massline.organizationallife.LifeMeetingForms.UNQUALIFIED;
import static org.massline.organizationallife.LifeMeetingForms.VILLAGE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.massline.app.Schedule;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.supervision.DeadlineSweep;
import org.massline.supervision.SupervisionRepository;
import org.massline.support.MasslineTest;
import org.massline.support.Rest;
import org.massline.support.RestWalk;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The organizational life meeting of 城关镇南关村党支部, through the REST API as Tasklist works it, by
 * the branch's own people: the secretary 田芳, committee member 李刚, party members (宋佳 of the
 * township's leadership among them, as an ordinary member) and the township's secretary 梁勇 who
 * signs for it.
 */
class LifeMeetingWalkTest extends MasslineTest {

  static final String START = "/engine-rest/process-definition/key/" + OrganizationalLifeMeetingProcess.KEY + "/start";

  @LocalServerPort
  int port;

  @Autowired
  LifeMeetingRepository lifeMeetings;
  @Autowired
  SupervisionRepository supervision;
  @Autowired
  Schedule schedule;
  @Autowired
  DeadlineSweep sweep;

  RestWalk walk;

  @BeforeEach
  void walk() {
    walk = new RestWalk(port, engine);
  }

  @Test
  void aVillageBranchHoldsItsMeetingAppraisesItsMembersAndFollowsUpTheUnqualified() {
    String pi = start(VILLAGE);
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING, SECRETARY, LifeMeetingForms.preparation());
    // a village writes brief reports (unit-category.dmn): every party member, the township leader too
    assertThat(assignees(pi, OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION))
        .containsExactlyInAnyOrderElementsOf(BRANCH);
    walk.submitAllAsAssignees(pi, OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION,
        LifeMeetingForms.selfExamination());
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING, SECRETARY,
        LifeMeetingForms.committeeMeeting(List.of(SECRETARY, COMMITTEE_MEMBER),
            List.of(List.of(SECRETARY, COMMITTEE_MEMBER), List.of(COMMITTEE_MEMBER, SECRETARY))));
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING, SECRETARY,
        LifeMeetingForms.generalMeeting(1, List.of()));

    // each member grades the five others; the form comes with one line per member to grade
    assertThat(assignees(pi, OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS)).containsExactlyInAnyOrderElementsOf(BRANCH);
    for (String appraiser : BRANCH) {
      String task = walk.tasks(pi, OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS, appraiser).get(0);
      List<String> toGrade = new ArrayList<>();
      walk.formVariable(appraiser, task, "ratings").forEach(line -> toGrade.add(line.path("member").asText()));
      assertThat(toGrade).hasSize(5).doesNotContain(appraiser);
      walk.submit(appraiser, task, LifeMeetingForms.appraisal(toGrade, Map.of(UNQUALIFIED, "UNQUALIFIED",
          LEADING_CADRE, appraiser.equals(SECRETARY) ? "QUALIFIED" : "EXCELLENT")));
    }
    long id = lifeMeetingId(pi);
    List<AppraisalResult> results = lifeMeetings.findResults(id);
    assertThat(results).hasSize(6);
    assertThat(result(results, UNQUALIFIED).grade()).isEqualTo(AppraisalGrade.UNQUALIFIED);
    assertThat(result(results, UNQUALIFIED).unqualified()).isEqualTo(5);
    assertThat(result(results, LEADING_CADRE).grade()).isEqualTo(AppraisalGrade.EXCELLENT); // 4 of 5
    assertThat(result(results, "wangfang").grade()).isEqualTo(AppraisalGrade.QUALIFIED);

    // the 不合格 member is followed up, by name
    String followUp = walk.tasks(pi, OrganizationalLifeMeetingProcess.FOLLOW_UP_UNQUALIFIED, SECRETARY).get(0);
    assertThat(engine.getTaskService().createTaskQuery().taskId(followUp).singleResult().getName())
        .contains("处置评议为不合格的党员", "钱金山", "城关镇南关村党支部");
    assertThat(walk.formVariable(SECRETARY, followUp, "followUpContext").asText()).contains("钱金山同志", "不合格 5 票");
    walk.submit(SECRETARY, followUp, LifeMeetingForms.followUp());

    // the superior signs the report written from the records
    String acknowledge = walk.tasks(pi, OrganizationalLifeMeetingProcess.ACKNOWLEDGE_LIFE_MEETING, SUPERIOR).get(0);
    String report = walk.formVariable(SUPERIOR, acknowledge, "lifeMeetingReport").asText();
    assertThat(report).startsWith("城关镇南关村党支部“组织生活会和民主评议党员”情况报告")
        .contains("集中学习 3 小时", "谈心谈话 8 人次", "征求意见 14 条", "查摆支部问题 2 个", "简要对照检查材料：6 份",
            "召开支部委员会，出席 2 名（田芳、李刚），相互批评 2 条", "召开党员大会，出席 6 名", "应到 6 名",
            "优秀 1 名，合格 4 名，基本合格 0 名，不合格 1 名", "评议为不合格：钱金山", "处置：限期改正")
        // nothing nobody recorded: no superior's attendance, no supervision group, no review
        .doesNotContain("到会", "督导组", "列席", "审核", "缺席");
    walk.submit(SUPERIOR, acknowledge, LifeMeetingForms.acknowledgement());

    assertThat(Rest.as(port, "demo").get("/engine-rest/history/process-instance/" + pi).json().path("state").asText())
        .isEqualTo("COMPLETED");
    assertThat(lifeMeetings.findLifeMeeting(id).orElseThrow().status()).isEqualTo(LifeMeetingStatus.CLOSED);
    assertThat(lifeMeetings.findAcknowledgement(id).orElseThrow().report()).isEqualTo(report);
    assertThat(lifeMeetings.findSelfExaminations(id)).hasSize(6);
    assertThat(lifeMeetings.findFollowUps(id)).singleElement()
        .satisfies(f -> assertThat(f.measure()).isEqualTo(FollowUpMeasure.CORRECT_WITHIN_DEADLINE));
    // the branch may hold its next one
    assertThat(lifeMeetings.findOpenLifeMeeting(VILLAGE)).isEmpty();
    // the supervision group reads it all through the API, another county's people do not
    JsonNode view = Rest.as(port, "gaoming").get("/api/life-meetings/" + id).json();
    assertThat(view.path("results")).hasSize(6);
    assertThat(view.path("appraisals")).hasSize(30);
    assertThat(view.path("sessions").get(0).path("criticisms")).hasSize(2);
    assertThat(view.path("acknowledgement").path("acknowledgedBy").asText()).isEqualTo(SUPERIOR);
    assertThat(Rest.as(port, "huangzhiming").get("/api/life-meetings/" + id).status()).isEqualTo(403);
    assertThat(Rest.as(port, "gaoming").get("/api/life-meetings?unit=" + VILLAGE).json()).isNotEmpty();
  }

  @Test
  void aNonPublicOrganizationWritesNoReportsAndWhenAllQualifyNobodyIsFollowedUp() {
    String pi = Rest.as(port, "maxiaodong").post(START, Map.of("businessKey", "jc-logistics")).json().path("id").asText();
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING, "linfeng", LifeMeetingForms.preparation());
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION).count()).isZero();
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING, "linfeng",
        LifeMeetingForms.committeeMeeting(List.of("linfeng"), List.of()));
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING, "linfeng",
        LifeMeetingForms.generalMeeting(1, List.of()));
    for (String appraiser : List.of("linfeng", "zhoubin", "wuxia")) {
      String task = walk.tasks(pi, OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS, appraiser).get(0);
      List<String> toGrade = new ArrayList<>();
      walk.formVariable(appraiser, task, "ratings").forEach(line -> toGrade.add(line.path("member").asText()));
      walk.submit(appraiser, task, LifeMeetingForms.appraisal(toGrade, Map.of()));
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(OrganizationalLifeMeetingProcess.FOLLOW_UP_UNQUALIFIED).count()).isZero();
    String acknowledge = walk.tasks(pi, OrganizationalLifeMeetingProcess.ACKNOWLEDGE_LIFE_MEETING, "liuwenbo").get(0);
    assertThat(walk.formVariable("liuwenbo", acknowledge, "lifeMeetingReport").asText())
        .doesNotContain("简要对照检查材料").contains("合格 3 名");
    walk.submit("liuwenbo", acknowledge, LifeMeetingForms.acknowledgement());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void theBranchesCommitteeMeetingNeedsRealCriticismAndTheGeneralMeetingComesAfterIt() {
    String pi = start(VILLAGE);
    walk.submitAll(pi, OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING, SECRETARY, LifeMeetingForms.preparation());
    walk.submitAllAsAssignees(pi, OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION,
        LifeMeetingForms.selfExamination());
    String committee = walk.tasks(pi, OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING, SECRETARY).get(0);
    Rest.Response selfCriticism = walk.trySubmit(SECRETARY, committee, LifeMeetingForms.committeeMeeting(
        List.of(SECRETARY, COMMITTEE_MEMBER), List.of(List.of(SECRETARY, SECRETARY))));
    assertThat(selfCriticism.status()).isEqualTo(400);
    assertThat(selfCriticism.json().path("message").asText()).contains("批评意见第 1 条：不能批评自己",
        "还没有其他委员对田芳同志的批评", "还没有其他委员对李刚同志的批评");
    Rest.Response absentCritic = walk.trySubmit(SECRETARY, committee, LifeMeetingForms.committeeMeeting(
        List.of(SECRETARY), List.of(List.of(COMMITTEE_MEMBER, SECRETARY))));
    assertThat(absentCritic.status()).isEqualTo(400);
    assertThat(absentCritic.json().path("message").asText()).contains("出席的支部委员不足 2 名",
        "批评意见第 1 条：李刚同志未出席，不能提出批评");
    Rest.Response stranger = walk.trySubmit(SECRETARY, committee, LifeMeetingForms.committeeMeeting(
        List.of(SECRETARY, COMMITTEE_MEMBER), List.of(List.of("wangfang", SECRETARY))));
    assertThat(stranger.json().path("message").asText()).contains("的值“wangfang”不是可选项"); // not on the committee
    walk.submit(SECRETARY, committee, LifeMeetingForms.committeeMeeting(List.of(SECRETARY, COMMITTEE_MEMBER),
        List.of(List.of(SECRETARY, COMMITTEE_MEMBER), List.of(COMMITTEE_MEMBER, SECRETARY))));

    String general = walk.tasks(pi, OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING, SECRETARY).get(0);
    Rest.Response early = walk.trySubmit(SECRETARY, general,
        LifeMeetingForms.generalMeeting(5, List.of("wangfang", "zhaoshuzhen", "songjia")));
    assertThat(early.status()).isEqualTo(400);
    assertThat(early.json().path("message").asText()).contains("党员大会不能早于支部委员会", "缺席党员达到半数");
    walk.submit(SECRETARY, general, LifeMeetingForms.generalMeeting(1, List.of("wangfang")));

    // an appraisal that leaves a member out, or grades oneself, is refused; the task stays open
    String task = walk.tasks(pi, OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS, COMMITTEE_MEMBER).get(0);
    Rest.Response partial = walk.trySubmit(COMMITTEE_MEMBER, task, LifeMeetingForms.appraisal(List.of(SECRETARY), Map.of()));
    assertThat(partial.status()).isEqualTo(400);
    assertThat(partial.json().path("message").asText()).contains("评议名单应为本支部除本人以外的全体党员");
    Rest.Response self = walk.trySubmit(COMMITTEE_MEMBER, task,
        LifeMeetingForms.appraisal(List.of(COMMITTEE_MEMBER), Map.of(COMMITTEE_MEMBER, "EXCELLENT")));
    assertThat(self.json().path("message").asText()).contains("的值“ligang”不是可选项");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
  }

  @Test
  void onlyBranchesThatHoldOneStartItOnceAtATimeAndOnlyTheirOffices() {
    Rest office = Rest.as(port, OFFICE);
    Rest.Response county = office.post(START, Map.of("businessKey", "dh-county"));
    assertThat(county.status()).isEqualTo(400);
    assertThat(county.json().path("message").asText())
        .contains("单位“中共东河县委”属于“市县领导机关和领导班子”，按分类指导召开专题民主生活会，不召开组织生活会");
    Rest.Response tooSmall = office.post(START, Map.of("businessKey", "dh-chengguan-dongjie"));
    assertThat(tooSmall.status()).isEqualTo(400);
    assertThat(tooSmall.json().path("message").asText()).contains("城关镇东街社区党支部的党员不足 3 名");
    assertThat(Rest.as(port, "huangzhiming").post(START, Map.of("businessKey", VILLAGE)).status()).isEqualTo(403);

    start(VILLAGE);
    Rest.Response again = office.post(START, Map.of("businessKey", VILLAGE));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("message").asText()).contains("城关镇南关村党支部已有一次正在进行的“组织生活会和民主评议党员”");

    // the start form offers the office's branches that hold one, by name, and no county
    String definition = Rest.as(port, "demo").get("/engine-rest/process-definition/key/" + OrganizationalLifeMeetingProcess.KEY)
        .json().path("id").asText();
    List<String> offered = new ArrayList<>();
    office.get("/engine-rest/process-definition/" + definition + "/deployed-start-form").json().path("components")
        .get(2).path("values").forEach(o -> offered.add(o.path("label").asText() + "=" + o.path("value").asText()));
    assertThat(offered).contains("城关镇南关村党支部=" + VILLAGE).noneMatch(o -> o.endsWith("=dh-county"))
        .noneMatch(o -> o.endsWith("=dh-chengguan"));
  }

  @Test
  void anOverdueStepIsRemindedAndTheSupervisionGroupNoticedLikeAnyMeetings() {
    ClockUtil.setCurrentTime(new Date());
    String pi = start(VILLAGE);
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime()
        + schedule.dueAfter(OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING).plus(schedule.grace()).toMillis()
        + Duration.ofHours(1).toMillis()));
    assertThat(sweep.run()).isEqualTo(new DeadlineSweep.Result(1, 1));
    assertThat(supervision.findReminders(pi)).singleElement().satisfies(r -> assertThat(r.assignee()).isEqualTo(SECRETARY));
    String noticeInstance = supervision.findNotices(pi).get(0).noticeProcessInstanceId();
    Task notice = engine.getTaskService().createTaskQuery().processInstanceId(noticeInstance)
        .singleResult();
    assertThat(notice.getName()).startsWith("下发督办通知单：会前准备").endsWith(" · 城关镇南关村党支部");
    assertThat(engine.getTaskService().getIdentityLinksForTask(notice.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sg-city-1"));
  }

  private String start(String unit) {
    Rest.Response started = Rest.as(port, OFFICE).post(START, Map.of("businessKey", unit));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().path("id").asText();
  }

  private long lifeMeetingId(String pi) {
    return ((Number) engine.getRuntimeService().getVariable(pi, OrganizationalLifeMeetingProcess.LIFE_MEETING_ID.name()))
        .longValue();
  }

  private List<String> assignees(String pi, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(activity).list().stream()
        .map(Task::getAssignee).toList();
  }

  private static AppraisalResult result(List<AppraisalResult> results, String member) {
    return results.stream().filter(r -> r.memberId().equals(member)).findFirst().orElseThrow();
  }
}
