package org.massline.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.massline.meeting.MeetingDriver.GROUP;
import static org.massline.meeting.MeetingDriver.PRINCIPAL;
import static org.massline.meeting.MeetingDriver.SUPERIOR;
import static org.massline.meeting.MeetingDriver.SUPERVISOR;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingRepository.NotificationReader;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.support.MasslineTest;
import org.massline.support.Users;
import org.springframework.beans.factory.annotation.Autowired;

/** The democratic life meeting, path by path, on the engine (BPMN Assert), as the demo county's people. */
class MeetingProcessTest extends MasslineTest {

  @Autowired
  MeetingRepository meetings;

  @Test
  void happyPathWithPrincipalAndThreeMembers() {
    MeetingDriver m = MeetingDriver.start(engine);
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
    assertThat(m.task(MeetingProcess.PREPARE_MEETING).getAssignee()).isEqualTo(PRINCIPAL);
    // a county's leadership group checks itself against what unit-category.dmn gives leading organs
    assertThat((String) engine.getTaskService().getVariableLocal(m.task(MeetingProcess.PREPARE_MEETING).getId(),
        "groupContext")).contains("重点解决：政绩观不正确", "对照检查：党章、廉政准则、《党政机关厉行节约反对浪费条例》");

    m.prepare();
    // principal with 3 members, 3 pairs of members, the superior with the principal, two members with the
    // township principals they are in charge of (分管), the supervision group with the principal and the 3 members
    assertThat(m.tasks(MeetingProcess.RECORD_TALK)).hasSize(13);
    // the group report and four personal reports, the principal's included
    assertThat(m.tasks(MeetingProcess.DRAFT_REPORT)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(PRINCIPAL, PRINCIPAL, "wuguoping", "yangxiuying", "zhoujianhua");

    assertThat(m.tasks(MeetingProcess.DRAFT_REPORT)).allSatisfy(draft -> assertThat(
        (String) engine.getTaskService().getVariableLocal(draft.getId(), "draftContext")).contains("重点解决：政绩观不正确"));
    m.talk().draft(1);
    // comments on the group report's draft come from the three other members
    assertThat(m.tasks(MeetingProcess.COMMENT_ON_DRAFT)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(MeetingDriver.MEMBERS);
    assertThat(m.tasks(MeetingProcess.REVIEW_REPORT)).hasSize(4);
    m.commentOnGroupDraft();
    assertThat(m.tasks(MeetingProcess.REVIEW_REPORT)).hasSize(5);

    m.approveAll();
    assertThat(m.instance).isWaitingAt(MeetingProcess.SCHEDULE_MEETING);
    m.holdMeeting().notifyAndAcknowledge();

    assertThat(m.instance).isEnded().hasPassed(MeetingProcess.HAND_OFF);
    long id = meetingIdOf(m);
    assertThat(meetings.findMeeting(id).orElseThrow().status()).isEqualTo(MeetingStatus.CLOSED);
    List<Notification> notifications = meetings.findNotifications(id);
    assertThat(notifications).hasSize(2); // the generated draft and the circulated text
    assertThat(notifications.get(1).content()).contains("中共东河县委领导班子").contains("相互批评 12 条");
    assertThat(notifications.get(1).acknowledgedBy()).isEqualTo(SUPERIOR);
    // one problem for the group and one per member, each with the measures of the approved report
    assertThat(meetings.findHandoffItemsOfMeeting(id)).hasSize(5)
        .allSatisfy(item -> assertThat(item.measures()).contains("联系基层制度"));
  }

  @Test
  void theNotificationOfAMeetingTheSuperiorDidNotAttendSaysOnlyWhatWasRecorded() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll();
    Map<String, Object> record = new LinkedHashMap<>(MeetingForms.record(MeetingDriver.GROUP, SUPERVISOR));
    record.put("superiorPresent", false);
    m.holdMeeting(record);
    String draft = meetings.findNotifications(meetingIdOf(m)).get(0).content();
    assertThat(draft).contains("班子应到 4 人，实到 4 人", "督导组高明同志列席会议", "谈心谈话并经双方确认 13 人次",
        "对照检查材料 5 份经上级党组织审核通过，共审核 5 稿", "4 名班子成员作对照检查发言", "相互批评 12 条",
        "督导组对 1 处绕、躲、虚、偏的批评当场提醒纠正，其中 1 处当场改正", "三、督导组点评。班子会前准备充分")
        .doesNotContain("到会", "张志刚", "全程", "指导", "将", "下一步");
  }

  @Test
  void aPreparationTheSupervisionGroupReturnsIsRedoneFromWhatWasWrittenAndBothAreKept() {
    MeetingDriver m = MeetingDriver.start(engine);
    m.complete(m.task(MeetingProcess.PREPARE_MEETING), PRINCIPAL, MeetingForms.preparation(GROUP));
    Task review = m.task(MeetingProcess.REVIEW_PREPARATION);
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), "preparationContext"))
        .contains("征求意见 36 条", "· 领导班子 [形式主义] 会议多、文件多", "· 吴国平 [官僚主义]");
    // returning needs the reasons
    assertThatThrownBy(() -> m.complete(review, SUPERVISOR, Map.of("decision", "RETURN")))
        .hasMessageContaining("退回时请选择存在的问题").hasMessageContaining("退回时请写明具体意见");
    m.complete(review, SUPERVISOR, MeetingForms.returnPreparation());
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
    assertThat(m.tasks(MeetingProcess.RECORD_TALK)).as("no talks before the preparation passes").isEmpty();

    Task redo = m.task(MeetingProcess.PREPARE_MEETING);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(redo.getId());
    assertThat((String) shown.get("groupContext")).startsWith("督导组退回了上一次会前准备：征求意见不深入、查摆问题不聚焦。只开了一次座谈会");
    assertThat(shown).containsEntry("opinionSummary", MeetingForms.preparation(GROUP).get("opinionSummary"))
        .containsKey("problems");
    m.prepare();
    assertThat(m.instance).isWaitingAt(MeetingProcess.TALK, MeetingProcess.REPORT);
    long id = meetingIdOf(m);
    assertThat(meetings.findPreparations(id)).hasSize(2);
    assertThat(meetings.findPreparationReviews(id)).extracting(r -> r.passed()).containsExactly(false, true);
    assertThat(meetings.findProblems(id)).as("the latest preparation's list, not both").hasSize(5);
  }

  @Test
  void aMeetingTheCommentaryFailsIsHeldAgainAndTheNotificationTellsTheSecond() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll();
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    m.complete(m.task(MeetingProcess.HOLD_MEETING), PRINCIPAL, MeetingForms.record(GROUP, SUPERVISOR));
    Task commentary = m.task(MeetingProcess.GIVE_COMMENTARY);
    Map<String, Object> noReasons = new LinkedHashMap<>(MeetingForms.commentary(GROUP));
    noReasons.put("verdict", "HOLD_AGAIN");
    assertThatThrownBy(() -> m.complete(commentary, SUPERVISOR, noReasons)).hasMessageContaining("会议须重开时请写明理由");
    m.complete(commentary, SUPERVISOR, MeetingForms.commentaryHoldAgain(GROUP));

    Task reschedule = m.task(MeetingProcess.SCHEDULE_MEETING);
    assertThat((String) engine.getTaskService().getVariableLocal(reschedule.getId(), "attendanceContext"))
        .startsWith("督导组要求重开会议").contains("相互批评避重就轻");
    long id = meetingIdOf(m);
    assertThat(meetings.findMeeting(id).orElseThrow().status()).isEqualTo(MeetingStatus.TO_BE_HELD_AGAIN);
    m.holdMeeting().notifyAndAcknowledge();
    assertThat(m.instance).isEnded();
    assertThat(meetings.findVerdicts(id)).extracting(v -> v.passed()).containsExactly(false, true);
    assertThat(meetings.findNotifications(id).get(0).content()).contains("相互批评 12 条");
  }

  @Test
  void theSuperiorSendsTheNotificationBackAndSignsTheRevisedOne() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll().holdMeeting();
    Task circulate = m.task(MeetingProcess.CIRCULATE_NOTIFICATION);
    String first = (String) engine.getTaskService().getVariable(circulate.getId(), "notificationText");
    m.complete(circulate, PRINCIPAL, MeetingForms.circulation(first));
    Task acknowledge = m.task(MeetingProcess.ACKNOWLEDGE_NOTIFICATION);
    assertThatThrownBy(() -> m.complete(acknowledge, SUPERIOR, Map.of("decision", "SEND_BACK")))
        .hasMessageContaining("退回修改时请在“批示或意见”中写明要修改的地方");
    m.complete(acknowledge, SUPERIOR, MeetingForms.sendBack());

    Task revise = m.task(MeetingProcess.CIRCULATE_NOTIFICATION);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(revise.getId());
    assertThat((String) shown.get("returnContext")).startsWith("上级党组织张志刚同志退回修改").contains("补课安排");
    assertThat(shown).as("the revision starts from the text sent back").containsEntry("notificationText", first);
    m.complete(revise, PRINCIPAL, MeetingForms.circulation(first + "\n\n本次会议无缺席人员，无需补课。"));
    m.complete(m.task(MeetingProcess.ACKNOWLEDGE_NOTIFICATION), SUPERIOR, MeetingForms.acknowledgement());
    // only the signed version is sent to its readers, once each
    assertThat(m.tasks(MeetingProcess.READ_NOTIFICATION)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("wuguoping", "yangxiuying", "zhoujianhua");
    m.read();
    assertThat(m.instance).isEnded();

    List<Notification> versions = meetings.findNotifications(meetingIdOf(m));
    assertThat(versions).hasSize(3); // the draft, the one sent back, the one signed
    assertThat(versions.get(1).returnedBy()).isEqualTo(SUPERIOR);
    assertThat(versions.get(1).acknowledgedBy()).isNull();
    assertThat(versions.get(2).acknowledgedBy()).isEqualTo(SUPERIOR);
    assertThat(versions.get(2).returnedBy()).isNull();
  }

  @Test
  void theSignedNotificationReachesEveryoneInItsScopeAndEachReadsAndAcknowledgesIt() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll().holdMeeting();
    Task circulate = m.task(MeetingProcess.CIRCULATE_NOTIFICATION);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(circulate.getId());
    // each scope named by the people it reaches in the organization: the principal who circulates it is not among them
    assertThat((String) shown.get("scopeContext"))
        .contains("本单位领导班子成员：吴国平、杨秀英、周建华（3 人）")
        .contains("下属各单位党组织：吴国平、杨秀英、周建华、梁勇、唐伟（5 人）");
    m.complete(circulate, PRINCIPAL, MeetingForms.circulation((String) shown.get("notificationText"),
        NotificationScope.SUBORDINATE_UNITS));
    assertThat(m.tasks(MeetingProcess.READ_NOTIFICATION)).as("nobody reads it before the superior signs").isEmpty();
    Task acknowledge = m.task(MeetingProcess.ACKNOWLEDGE_NOTIFICATION);
    assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), "circulation"))
        .contains("通报范围：下属各单位党组织", "签收后送吴国平、杨秀英、周建华、梁勇、唐伟同志阅知（5 人）");
    m.complete(acknowledge, SUPERIOR, MeetingForms.acknowledgement());

    // handed off and the unit free for its next meeting, while the readers read
    assertThat(m.instance).hasPassed(MeetingProcess.HAND_OFF).isWaitingAt(MeetingProcess.READ_NOTIFICATION);
    assertThat(meetings.findOpenMeeting(MeetingDriver.UNIT)).isEmpty();
    List<Task> reading = m.tasks(MeetingProcess.READ_NOTIFICATION);
    assertThat(reading).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("wuguoping", "yangxiuying", "zhoujianhua", "liangyong", "tangwei");
    Task township = reading.stream().filter(t -> t.getAssignee().equals("liangyong")).findFirst().orElseThrow();
    assertThat(township.getName()).isEqualTo("阅知会议情况通报 · 中共东河县委");
    assertThat((String) engine.getTaskService().getVariableLocal(township.getId(), "circulation"))
        .contains("上级党组织张志刚同志已签收", "您作为东河县城关镇党委主要负责同志阅知");
    assertThatThrownBy(() -> m.complete(township, "liangyong", Map.of("read", false, "remark", "")))
        .hasMessageContaining("我已阅读通报全文，知悉会议情况");
    assertThat(meetings.findNotificationReaders(meetingIdOf(m))).allSatisfy(r -> assertThat(r.readAt()).isNull());

    m.read();
    assertThat(m.instance).isEnded().hasPassed(MeetingProcess.READ_NOTIFICATION);
    List<NotificationReader> readers = meetings.findNotificationReaders(meetingIdOf(m));
    assertThat(readers).extracting(NotificationReader::personId)
        .containsExactly("wuguoping", "yangxiuying", "zhoujianhua", "liangyong", "tangwei");
    assertThat(readers).allSatisfy(r -> {
      assertThat(r.readAt()).isNotNull();
      assertThat(r.remark()).startsWith("已阅知");
    });
    assertThat(readers.get(0).reachedAs()).isEqualTo("本单位领导班子成员");
    assertThat(readers.get(4).reachedAs()).isEqualTo("东河县柳树乡党委主要负责同志");
  }

  @Test
  void membersAddTheirOwnProblemsWhileDraftingAndTheyReachTheNextDraftTheNotificationAndTheHandOff() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk();
    String own = "审批事项层层签字，群众办一件事要跑四五趟，本人分管的审批领域没有及时清理";
    Map<String, Object> found = MeetingForms.entry("wind", "BUREAUCRATISM", "source", "SELF", "description", own);
    Map<String, Object> draft = new LinkedHashMap<>(MeetingForms.report(1));
    draft.put("problemsFound", Values.json(List.of(found, found)));
    m.complete(ownDraft(m, "wuguoping"), "wuguoping", draft);
    // the group report's author adds the group's
    Task group = m.tasks(MeetingProcess.DRAFT_REPORT).stream()
        .filter(t -> meetings.findReport(reportIdOf(t)).isGroupReport()).findFirst().orElseThrow();
    Map<String, Object> groupDraft = new LinkedHashMap<>(MeetingForms.report(1));
    groupDraft.put("problemsFound", Values.json(List.of(MeetingForms.entry("wind", "FORMALISM", "source", "MASSES",
        "description", "班子成员调研多在城关周边，偏远村一年难得去一次"))));
    m.complete(group, PRINCIPAL, groupDraft);
    m.draft(1).commentOnGroupDraft();

    m.complete(personalReview(m, "wuguoping"), SUPERIOR, MeetingForms.reject());
    m.approveAll();
    Task revision = ownDraft(m, "wuguoping");
    assertThat((String) engine.getTaskService().getVariableLocal(revision.getId(), "draftContext"))
        .as("the next draft shows it").contains("问题清单中本人的问题：", "· [官僚主义·自己找] " + own);
    Map<String, Object> revised = new LinkedHashMap<>(MeetingForms.report(2));
    revised.put("problemsFound", Values.json(List.of(found)));
    m.complete(revision, "wuguoping", revised);
    m.supervise().approveAll().holdMeeting().notifyAndAcknowledge();

    long id = meetingIdOf(m);
    List<MeetingRepository.Problem> problems = meetings.findProblems(id);
    assertThat(problems).filteredOn(p -> own.equals(p.description())).as("once, though sent three times")
        .singleElement().satisfies(p -> {
          assertThat(p.subjectId()).isEqualTo("wuguoping");
          assertThat(p.source()).isEqualTo(ProblemSource.SELF);
        });
    assertThat(problems).filteredOn(p -> p.description().startsWith("班子成员调研多在城关周边"))
        .singleElement().satisfies(p -> assertThat(p.subjectId()).as("the group's").isNull());
    assertThat(meetings.findNotifications(id).get(0).content()).contains("查摆问题 " + problems.size() + " 条")
        .contains("自己找 ");
    assertThat(meetings.findHandoffItemsOfMeeting(id)).filteredOn(item -> own.equals(item.problem()))
        .singleElement().satisfies(item -> assertThat(item.measures()).contains("第2稿"));
  }

  @Test
  void membersTalkWithTheCadresTheyAreInChargeOfAndTheSupervisionGroupWithThePrincipalAndEachMember() {
    MeetingDriver m = MeetingDriver.start(engine).prepare();
    Map<String, String> talks = new java.util.TreeMap<>();
    for (Task t : m.tasks(MeetingProcess.RECORD_TALK)) {
      String context = (String) engine.getTaskService().getVariableLocal(t.getId(), "talkContext");
      talks.put(t.getAssignee() + " " + t.getName(), context.substring(0, context.indexOf('\n')));
    }
    // 分管 in the demo region: 吴国平 城关镇, 杨秀英 柳树乡 — their principals 梁勇 and 唐伟
    assertThat(talks).containsEntry("wuguoping 与梁勇谈心谈话并记录 · 中共东河县委", "谈话类型：班子成员与分管干部")
        .containsEntry("yangxiuying 与唐伟谈心谈话并记录 · 中共东河县委", "谈话类型：班子成员与分管干部")
        // the supervision group's leader with the principal, its other supervisor with the members
        .containsEntry("gaoming 与陈立新谈心谈话并记录 · 中共东河县委", "谈话类型：督导组与主要负责同志")
        .containsEntry("zhengli 与吴国平谈心谈话并记录 · 中共东河县委", "谈话类型：督导组与班子成员")
        .containsEntry("zhengli 与杨秀英谈心谈话并记录 · 中共东河县委", "谈话类型：督导组与班子成员")
        .containsEntry("zhengli 与周建华谈心谈话并记录 · 中共东河县委", "谈话类型：督导组与班子成员");
    // recorded and confirmed like the others: the cadre confirms
    m.talk();
    List<MeetingRepository.Talk> held = meetings.findTalks(meetingIdOf(m));
    assertThat(held).allSatisfy(t -> assertThat(t.status()).isEqualTo(TalkStatus.CONFIRMED));
    assertThat(held).filteredOn(t -> t.kind() == TalkKind.MEMBER_CADRE)
        .extracting(t -> t.initiatorId() + "-" + t.partnerId()).containsExactly("wuguoping-liangyong", "yangxiuying-tangwei");
    assertThat(held).filteredOn(t -> t.kind() == TalkKind.SUPERVISION_PRINCIPAL).singleElement()
        .satisfies(t -> assertThat(t.partnerId()).isEqualTo(PRINCIPAL));
  }

  @Test
  void aProblemRaisedInATalkJoinsTheMeetingsProblemList() {
    MeetingDriver m = MeetingDriver.start(engine).prepare();
    Task talk = m.tasks(MeetingProcess.RECORD_TALK).stream()
        .filter(t -> t.getAssignee().equals(PRINCIPAL) && t.getName().contains("吴国平")).findFirst().orElseThrow();
    Map<String, Object> record = new LinkedHashMap<>(MeetingForms.talkRecord());
    record.put("problemsRaised", Values.json(List.of(MeetingForms.entry("subject", "wuguoping", "wind", "HEDONISM",
        "description", "下基层调研只听汇报、不进农户，调研报告照搬材料"))));
    m.complete(talk, PRINCIPAL, record);
    // somebody outside the talk is not a choice
    Map<String, Object> other = new LinkedHashMap<>(MeetingForms.talkRecord());
    other.put("problemsRaised", Values.json(List.of(MeetingForms.entry("subject", "yangxiuying", "wind", "HEDONISM",
        "description", "下基层调研只听汇报、不进农户，调研报告照搬材料"))));
    Task another = m.tasks(MeetingProcess.RECORD_TALK).stream()
        .filter(t -> t.getAssignee().equals(PRINCIPAL) && t.getName().contains("周建华")).findFirst().orElseThrow();
    assertThatThrownBy(() -> m.complete(another, PRINCIPAL, other)).hasMessageContaining("不是可选项");

    long id = meetingIdOf(m);
    assertThat(meetings.findProblems(id)).anySatisfy(p -> {
      assertThat(p.subjectId()).isEqualTo("wuguoping");
      assertThat(p.source()).isEqualTo(ProblemSource.MUTUAL);
      assertThat(p.description()).startsWith("下基层调研只听汇报");
    });
    // beside the preparation's: the list the next drafts, the notification and the hand-off read
    assertThat(meetings.findProblems(id).stream().filter(p -> "wuguoping".equals(p.subjectId()))).hasSize(2);
  }

  @Test
  void anAbsentMemberMakesUpInWritingAndTheSupervisorsRecordTheirOwnInterventions() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll();
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    m.complete(m.task(MeetingProcess.HOLD_MEETING), PRINCIPAL,
        MeetingForms.recordWithAbsent(GROUP, SUPERVISOR, "zhoujianhua"));
    assertThat(m.instance).isWaitingAt(MeetingProcess.MAKE_UP_MEETING);
    Task makeUp = m.task(MeetingProcess.MAKE_UP_MEETING);
    assertThat(makeUp.getAssignee()).isEqualTo("zhoujianhua");
    assertThat((String) engine.getTaskService().getVariableLocal(makeUp.getId(), "meetingRecord"))
        .contains("您因参加省委党校集中培训缺席");
    assertThat(m.tasks(MeetingProcess.GIVE_COMMENTARY)).as("the commentary waits for the make-up").isEmpty();
    Map<String, Object> thin = new LinkedHashMap<>(MeetingForms.makeUp());
    thin.put("statement", "因培训缺席，同意大家的意见，今后改正不足之处，加强学习提高认识水平。");
    assertThatThrownBy(() -> m.complete(makeUp, "zhoujianhua", thin)).hasMessageContaining("“书面对照检查发言”至少需要 50 个字");
    m.complete(makeUp, "zhoujianhua", MeetingForms.makeUp());

    Task commentary = m.task(MeetingProcess.GIVE_COMMENTARY);
    assertThat((String) engine.getTaskService().getVariableLocal(commentary.getId(), "meetingRecord"))
        .contains("周建华 缺席，补课提交书面发言：因参加省委党校集中培训未能到会");
    Map<String, Object> notThere = new LinkedHashMap<>(MeetingForms.commentary(GROUP, "liuqiang"));
    assertThatThrownBy(() -> m.complete(commentary, SUPERVISOR, notThere))
        .as("only the supervisors the record has present are offered")
        .hasMessageContaining("“提醒的督导组成员”的值“liuqiang”不是可选项");
    m.complete(commentary, SUPERVISOR, MeetingForms.commentary(GROUP, SUPERVISOR));

    long id = meetingIdOf(m);
    long recordId = meetings.findLatestRecord(id).orElseThrow().id();
    assertThat(meetings.findMakeUps(recordId)).singleElement().satisfies(u -> {
      assertThat(u.personId()).isEqualTo("zhoujianhua");
      assertThat(u.submittedBy()).isEqualTo("zhoujianhua");
      assertThat(u.submittedAt()).isNotNull();
      assertThat(u.response()).startsWith("会前谈心谈话中同志们指出");
    });
    assertThat(meetings.findInterventions(recordId)).singleElement().satisfies(i -> {
      assertThat(i.supervisorId()).isEqualTo(SUPERVISOR);
      assertThat(i.kind()).isEqualTo(Intervention.EVASIVE);
      assertThat(i.corrected()).isTrue();
    });
    assertThat(meetings.findNotifications(id).get(0).content()).contains("班子应到 4 人，实到 3 人",
        "3 名班子成员作对照检查发言，1 名缺席成员会后补课提交书面发言，开展相互批评 6 条",
        "督导组对 1 处绕、躲、虚、偏的批评当场提醒纠正，其中 1 处当场改正");
  }

  @Test
  void aMeetingWithoutEnoughCriticismIsRefusedAndStaysOpen() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll();
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    Map<String, Object> record = new LinkedHashMap<>(MeetingForms.record(MeetingDriver.GROUP, SUPERVISOR));
    // only the principal criticizes, and only 吴国平
    record.put("criticisms", Values.json(List.of(MeetingForms.entry("targetId", "wuguoping", "criticId", PRINCIPAL,
        "content", "深入基层不够，对分管领域群众反映的问题跟踪督办不到位"))));
    record.put("supervisorsPresent", Values.json(List.of()));
    Task hold = m.task(MeetingProcess.HOLD_MEETING);
    assertThatThrownBy(() -> m.complete(hold, PRINCIPAL, record)).hasMessageContaining("陈立新同志接受其他成员的批评不足 1 条")
        .hasMessageContaining("杨秀英同志接受其他成员的批评不足 1 条").hasMessageContaining("周建华同志接受其他成员的批评不足 1 条")
        .hasMessageContaining("会上相互批评只记录了 1 条，至少应有 6 条")
        .hasMessageNotContaining("吴国平同志接受");
    assertThat(m.task(MeetingProcess.HOLD_MEETING).getId()).isEqualTo(hold.getId());
  }

  @Test
  void whatAFormShowsLeavesNoHistoryTheProcessVariablesDo() {
    MeetingDriver m = MeetingDriver.start(engine);
    String prepare = m.task(MeetingProcess.PREPARE_MEETING).getId();
    assertThat(engine.getTaskService().getVariablesLocal(prepare)).as("the form's context").isNotEmpty();
    m.prepare();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(prepare).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(m.instance.getId())
        .variableName(MeetingProcess.MEETING_ID.name()).count()).isEqualTo(1);
  }

  @Test
  void reportRejectedTwiceThenApprovedKeepsThreeVersions() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft();
    Task review = personalReview(m, "wuguoping");
    // the superior leader's own task, not one for a group to claim
    assertThat(review.getAssignee()).isEqualTo(SUPERIOR);
    long reportId = reportIdOf(review);

    m.complete(review, SUPERIOR, MeetingForms.reject());
    reviseOwnReport(m, "wuguoping", 2);
    m.complete(personalReview(m, "wuguoping"), SUPERIOR, MeetingForms.reject());
    reviseOwnReport(m, "wuguoping", 3);
    m.complete(personalReview(m, "wuguoping"), SUPERIOR, MeetingForms.approve());

    assertThat(meetings.findReportVersions(reportId)).extracting(v -> v.version()).containsExactly(1, 2, 3);
    assertThat(meetings.findReviews(reportId)).extracting(r -> r.approved()).containsExactly(false, false, true);
    assertThat(meetings.findReviews(reportId)).extracting(r -> r.reviewerId()).containsOnly(SUPERIOR);
    Report report = meetings.findReport(reportId);
    assertThat(report.status()).isEqualTo(ReportStatus.APPROVED);
    assertThat(report.rejections()).isEqualTo(2);
    assertThat(m.tasks(MeetingProcess.REMINDER_TALK)).isEmpty();
  }

  @Test
  void theSupervisionGroupsOpinionComesFirstAndTheSuperiorDecidesEvenAgainstIt() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk();
    m.complete(ownDraft(m, "wuguoping"), "wuguoping", MeetingForms.report(1));
    Task opinion = m.tasks(MeetingProcess.SUPERVISE_REPORT).stream()
        .filter(t -> meetings.findReport(reportIdOf(t)).authorId().equals("wuguoping")).findFirst().orElseThrow();
    assertThat(opinion.getName()).startsWith("督导组审核意见：吴国平同志个人对照检查材料（第 1 稿）");
    assertThat(engine.getTaskService().getIdentityLinksForTask(opinion.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sg-city-1"));
    long reportId = reportIdOf(opinion);
    assertThat(m.tasks(MeetingProcess.REVIEW_REPORT)).as("the superior waits for the opinion").isEmpty();
    m.complete(opinion, SUPERVISOR, MeetingForms.approve());

    Task review = personalReview(m, "wuguoping");
    assertThat((String) engine.getTaskService().getVariableLocal(review.getId(), "reviewHistory"))
        .contains("第 1 稿督导组意见：建议通过（高明）");
    m.complete(review, SUPERIOR, MeetingForms.reject());
    assertThat(meetings.findSupervisionOpinions(reportId)).extracting(o -> o.approves()).containsExactly(true);
    assertThat(meetings.findReviews(reportId)).extracting(r -> r.approved()).containsExactly(false);
    assertThat(ownDraft(m, "wuguoping")).as("the superior's return stands").isNotNull();
  }

  @Test
  void aReviewerSeesWhatADraftSharesWithEarlierDraftsAndTheOtherReports() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk();
    Map<String, Object> own = new LinkedHashMap<>(MeetingForms.report(1));
    own.replaceAll((key, text) -> text instanceof String t ? "杨秀英：" + t.replace("。", "，本人在分管工作中有具体表现。") : text);
    m.complete(ownDraft(m, "yangxiuying"), "yangxiuying", own);
    m.complete(ownDraft(m, "wuguoping"), "wuguoping", MeetingForms.report(1));
    m.complete(ownDraft(m, "zhoujianhua"), "zhoujianhua", MeetingForms.report(1)); // word for word 吴国平's
    Task copied = m.tasks(MeetingProcess.SUPERVISE_REPORT).stream()
        .filter(t -> meetings.findReport(reportIdOf(t)).authorId().equals("zhoujianhua")).findFirst().orElseThrow();
    String comparison = (String) engine.getTaskService().getVariableLocal(copied.getId(), "comparison");
    // (the shared test database also holds 周建华's reports of earlier tests' meetings: flagged as his own earlier ones)
    assertThat(comparison).contains("【疑似照抄】本次会议吴国平同志个人对照检查材料（第 1 稿）：17 句相同，占本稿 100%")
        .contains("· 本次会议杨秀英同志个人对照检查材料（第 1 稿）：2 句相同，占本稿 12%").contains("请对照审核");
  }

  @Test
  void escalatesToAReminderTalkAfterThreeRejectionsThatHoldsUpNeitherTheRevisionNorTheScheduling() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft();
    for (int draft = 2; draft <= 4; draft++) {
      m.complete(personalReview(m, "zhoujianhua"), SUPERIOR, MeetingForms.reject());
      if (draft < 4) {
        assertThat(m.tasks(MeetingProcess.REMINDER_TALK)).isEmpty();
        reviseOwnReport(m, "zhoujianhua", draft);
      }
    }
    Task reminder = m.task(MeetingProcess.REMINDER_TALK);
    assertThat(engine.getTaskService().getIdentityLinksForTask(reminder.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("sg-city-1"));
    // held with the unit's principal, the author taking part
    assertThat(reminder.getName()).startsWith("约谈提醒：陈立新（周建华同志个人对照检查材料退回 3 次）");
    assertThat((String) engine.getTaskService().getVariableLocal(reminder.getId(), "reminderContext"))
        .contains("请督导组约谈本单位主要负责同志陈立新同志，并请材料作者周建华同志参加");
    // the report goes on being revised beside the reminder talk
    assertThat(ownDraft(m, "zhoujianhua")).isNotNull();

    reviseOwnReport(m, "zhoujianhua", 4);
    m.complete(personalReview(m, "zhoujianhua"), SUPERIOR, MeetingForms.approve());
    m.approveAll();
    // the reminder talk still open holds up nothing: the meeting is scheduled beside it, the principal told of it
    assertThat(m.instance).isWaitingAt(MeetingProcess.SCHEDULE_MEETING, MeetingProcess.REMINDER_TALK);
    assertThat((String) engine.getTaskService().getVariableLocal(m.task(MeetingProcess.SCHEDULE_MEETING).getId(),
        "attendanceContext")).contains("督导组约谈提醒尚未完成：约谈提醒：陈立新（周建华同志个人对照检查材料退回 3 次）",
            "不影响安排会议");
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    assertThat(m.task(MeetingProcess.REMINDER_TALK).getName()).as("still in the supervision group's list")
        .startsWith("约谈提醒：陈立新");

    m.complete(reminder, SUPERVISOR, MeetingForms.reminderTalk());
    assertThat(m.instance).isWaitingAt(MeetingProcess.HOLD_MEETING).hasPassed(MeetingProcess.REMINDER_TALK);
    long reportId = meetings.findReports(meetingIdOf(m)).stream()
        .filter(r -> !r.isGroupReport() && r.authorId().equals("zhoujianhua")).findFirst().orElseThrow().id();
    assertThat(meetings.findReminderTalks(reportId)).hasSize(1)
        .allSatisfy(talk -> assertThat(talk.recordedBy()).isEqualTo(SUPERVISOR));
    assertThat(meetings.findReportVersions(reportId)).hasSize(4);
  }

  @Test
  void meetingCannotBeScheduledBeforeEveryReportIsApprovedAndEveryTalkConfirmed() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().draft(1).commentOnGroupDraft().approveAll();
    // all reports approved, the talks not yet recorded
    assertThat(m.tasks(MeetingProcess.SCHEDULE_MEETING)).isEmpty();
    for (Task t : m.tasks(MeetingProcess.RECORD_TALK)) {
      m.complete(t, t.getAssignee(), MeetingForms.talkRecord());
    }
    List<Task> confirmations = m.tasks(MeetingProcess.CONFIRM_TALK);
    for (Task t : confirmations.subList(1, confirmations.size())) {
      m.complete(t, t.getAssignee(), MeetingForms.talkConfirmation(true, null));
    }
    assertThat(m.tasks(MeetingProcess.SCHEDULE_MEETING)).isEmpty();
    m.complete(confirmations.get(0), confirmations.get(0).getAssignee(), MeetingForms.talkConfirmation(true, null));
    assertThat(m.instance).isWaitingAt(MeetingProcess.SCHEDULE_MEETING);
  }

  @Test
  void aDisputedTalkIsRecordedAgainAndEveryVersionKept() {
    MeetingDriver m = MeetingDriver.start(engine).prepare();
    Task record = m.tasks(MeetingProcess.RECORD_TALK).get(0);
    m.complete(record, record.getAssignee(), MeetingForms.talkRecord());
    Task confirm = m.task(MeetingProcess.CONFIRM_TALK);
    long talkId = ((Number) engine.getTaskService().getVariable(confirm.getId(), MeetingProcess.TALK_ID.name())).longValue();

    assertThatThrownBy(() -> m.complete(confirm, confirm.getAssignee(), MeetingForms.talkConfirmation(false, null)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("写明异议");
    m.complete(confirm, confirm.getAssignee(), MeetingForms.talkConfirmation(false, "谈话日期记错了，应为前一天"));

    Task again = m.tasks(MeetingProcess.RECORD_TALK).stream()
        .filter(t -> talkId == ((Number) engine.getTaskService().getVariable(t.getId(), MeetingProcess.TALK_ID.name())).longValue())
        .findFirst().orElseThrow();
    assertThat((String) engine.getTaskService().getVariable(again.getId(), "talkContext")).contains("谈话日期记错了");
    m.complete(again, again.getAssignee(), MeetingForms.talkRecord());
    m.complete(m.task(MeetingProcess.CONFIRM_TALK), confirm.getAssignee(), MeetingForms.talkConfirmation(true, null));

    assertThat(meetings.findTalkRecords(talkId)).extracting(r -> r.confirmed()).containsExactly(false, true);
    assertThat(meetings.findTalk(talkId).status()).isEqualTo(TalkStatus.CONFIRMED);
  }

  @Test
  void aMemberCannotReviewTheirOwnReport() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1);
    Task review = personalReview(m, "wuguoping");
    // not a candidate of the review: the engine refuses
    assertThatThrownBy(() -> m.complete(review, "wuguoping", MeetingForms.approve()))
        .isInstanceOf(AuthorizationException.class);
    // even when made a candidate, the server refuses a review of one's own report
    engine.getTaskService().addCandidateUser(review.getId(), "wuguoping");
    assertThatThrownBy(() -> m.complete(review, "wuguoping", MeetingForms.approve()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("不能审核本人撰写的对照检查材料");
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
    assertThat(meetings.findReviews(reportIdOf(review))).isEmpty();
  }

  @Test
  void badInputIsRefusedWithTheReasonAndTheTaskStaysOpen() {
    MeetingDriver m = MeetingDriver.start(engine).prepare().talk().draft(1).commentOnGroupDraft().approveAll();
    m.complete(m.task(MeetingProcess.SCHEDULE_MEETING), PRINCIPAL, MeetingForms.schedule(SUPERVISOR));
    Task hold = m.task(MeetingProcess.HOLD_MEETING);

    Map<String, Object> unknownMember = MeetingForms.record(GROUP, SUPERVISOR);
    unknownMember.put("criticisms", Values.json(List.of(MeetingForms.entry("targetId", "nobody", "criticId", PRINCIPAL,
        "content", "深入基层不够，对分管领域群众反映的问题跟踪督办不到位"))));
    assertThatThrownBy(() -> m.complete(hold, PRINCIPAL, unknownMember))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“nobody”不是可选项");

    Map<String, Object> selfCriticism = MeetingForms.record(GROUP, SUPERVISOR);
    selfCriticism.put("criticisms", Values.json(List.of(MeetingForms.entry("targetId", PRINCIPAL, "criticId", PRINCIPAL,
        "content", "深入基层不够，对分管领域群众反映的问题跟踪督办不到位"))));
    assertThatThrownBy(() -> m.complete(hold, PRINCIPAL, selfCriticism))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("同一人");

    Map<String, Object> missing = MeetingForms.record(GROUP, SUPERVISOR);
    missing.remove("heldOn");
    assertThatThrownBy(() -> m.complete(hold, PRINCIPAL, missing))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“会议召开日期”为必填项");

    Map<String, Object> twiceAbsent = MeetingForms.record(GROUP, SUPERVISOR);
    twiceAbsent.put("absences", Values.json(List.of(
        MeetingForms.entry("memberId", "wuguoping", "reason", "出差"), MeetingForms.entry("memberId", "wuguoping", "reason", "出差"))));
    assertThatThrownBy(() -> m.complete(hold, PRINCIPAL, twiceAbsent))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("缺席登记了两次");

    assertThat(m.task(MeetingProcess.HOLD_MEETING).getId()).isEqualTo(hold.getId());
    assertThat(meetings.findLatestRecord(meetingIdOf(m))).isEmpty();
  }

  @Test
  void aNumberMustBeANumberTheListenersCanRead() {
    MeetingDriver m = MeetingDriver.start(engine);
    for (Object notANumber : List.of("NaN", "Infinity", "1d")) {
      Map<String, Object> values = MeetingForms.preparation(GROUP);
      values.put("studyHours", notANumber);
      assertThatThrownBy(() -> m.complete(m.task(MeetingProcess.PREPARE_MEETING), PRINCIPAL, values))
          .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("“学习时长（小时）”的值类型不正确：应为数字");
    }
    assertThat(m.instance).isWaitingAt(MeetingProcess.PREPARE_MEETING);
  }

  @Test
  void aUnitThatCannotHoldTheMeetingStartsNothing() {
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> Users.as(engine, MeetingDriver.OFFICE,
        () -> engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "no-such-unit")))
        .hasMessageContaining("单位“no-such-unit”不存在");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);
  }

  // ---- helpers

  private long meetingIdOf(MeetingDriver m) {
    return meetings.findAllMeetings().stream().filter(x -> x.processInstanceId().equals(m.instance.getId()))
        .findFirst().orElseThrow().id();
  }

  private long reportIdOf(Task task) {
    return ((Number) engine.getTaskService().getVariable(task.getId(), MeetingProcess.REPORT_ID.name())).longValue();
  }

  private Task personalReview(MeetingDriver m, String author) {
    return m.tasks(MeetingProcess.REVIEW_REPORT).stream().filter(t -> {
      Report r = meetings.findReport(reportIdOf(t));
      return !r.isGroupReport() && r.authorId().equals(author);
    }).findFirst().orElseThrow(() -> new AssertionError("no review of " + author + "'s report"));
  }

  private Task ownDraft(MeetingDriver m, String author) {
    return m.tasks(MeetingProcess.DRAFT_REPORT).stream().filter(t -> {
      Report r = meetings.findReport(reportIdOf(t));
      return !r.isGroupReport() && r.authorId().equals(author);
    }).findFirst().orElse(null);
  }

  private void reviseOwnReport(MeetingDriver m, String author, int draft) {
    Task task = ownDraft(m, author);
    // the revision form starts from the last draft
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "formalism")).contains("第" + (draft - 1) + "稿");
    m.complete(task, author, MeetingForms.report(draft));
    m.supervise();
  }
}
