package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.massline.browser.Tasklist.Viewport;
import org.massline.forms.Values;
import org.massline.meeting.MeetingForms;
import org.massline.meeting.MeetingProcess;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue #10's acceptance: the README's "Try it" story of one meeting of 中共东河县委, walked through
 * Tasklist's UI in a Chinese headless Chromium, on a desktop and on a phone, each task done by its own
 * user and sent with one press of 完成: the office starts the meeting by choosing the unit; the
 * principal prepares it (refused once for a member without a problem, then sent); a talk is recorded
 * and confirmed; a member's report is rejected by the superior leader and revised. The engine says
 * which tasks there are and what became of them; every page passed shows no English of form-js or
 * Tasklist. Screenshots: {@code target/screenshots/story-<viewport>-NN-<what>.png}.
 */
class TasklistStoryTest extends TasklistTest {

  static final String UNIT = "dh-county";
  static final String UNIT_NAME = "中共东河县委";
  static final String OFFICE = "hejing";
  static final String PRINCIPAL = "chenlixin";
  static final String MEMBER = "wuguoping";
  static final String SUPERIOR = "zhangzhigang";
  static final String SUPERVISOR = "gaoming";
  /** The subjects of the problem list, as its select offers them. */
  static final Map<String, String> NAMES = new LinkedHashMap<>(Map.of("group", "领导班子", PRINCIPAL, "陈立新",
      MEMBER, "吴国平", "yangxiuying", "杨秀英", "zhoujianhua", "周建华"));
  static final List<String> GROUP = List.of(PRINCIPAL, MEMBER, "yangxiuying", "zhoujianhua");

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void theTryItStoryInTasklist(Viewport viewport) throws Exception {
    walk(viewport, "story", "meeting", () -> {
      // 1. the office logs in at /login, lands in Tasklist and starts the meeting by choosing the unit by name
      String pi = walk.startForUnit(OFFICE, "专题民主生活会", MeetingProcess.KEY, "Field_0002", "东河", UNIT, UNIT_NAME);
      prepare(pi);
      passThePreparation(pi);
      talk(pi);
      rejectAndReviseAReport(pi);
    });
  }

  /**
   * 2. The principal's preparation: sent once without a problem for one member (the server refuses it in
   * Chinese, under the problem list and in the notice), then completed with that problem added.
   */
  private void prepare(String pi) throws Exception {
    walk.switchTo(PRINCIPAL);
    Task task = walk.task(pi, PRINCIPAL, MeetingProcess.PREPARE_MEETING, "会前准备：学习、征求意见、查摆问题 · " + UNIT_NAME);
    WebElement form = walk.openFromList(task.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0005").getDomProperty("value")).contains("陈立新", "吴国平");
    walk.shot("preparation-form");

    Map<String, Object> values = MeetingForms.preparation(GROUP);
    List<Map<String, Object>> problems = Values.entries(values.remove("problems"));
    walk.fill(form, "meeting-preparation", values);
    JsonNode problemList = walk.schema("meeting-preparation").get("problems");
    for (int i = 0; i < problems.size() - 1; i++) { // the last member's problem is left out
      addProblem(form, problemList, i, problems.get(i));
    }
    assertThat(problems.get(problems.size() - 1).get("subject")).isEqualTo("zhoujianhua");
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    WebElement refusal = browser.refusal();
    assertThat(refusal.getText()).contains("问题清单中还没有周建华同志的问题").doesNotContainPattern("[A-Za-z]{2,}")
        .doesNotContain(task.getId()).doesNotContain(task.getProcessDefinitionId()).doesNotContain(MeetingProcess.KEY);
    WebElement listField = Tasklist.fieldAround(Tasklist.field(form, "textarea", "Field_0020_0"), "dynamiclist");
    browser.waitFor().until(d -> listField.getText().contains("问题清单中还没有周建华同志的问题"));
    walk.shot("preparation-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    // the notice stays; 完成 is still to be pressed with it on screen
    addProblem(form, problemList, problems.size() - 1, problems.get(problems.size() - 1));
    walk.shot("preparation-fixed");
    walk.completeOnce(task);
  }

  /** 2b. The supervision group's check of the preparation: claimed from 我的待办 and passed. */
  private void passThePreparation(String pi) throws Exception {
    walk.switchTo(SUPERVISOR);
    Task task = groupTask(pi, MeetingProcess.REVIEW_PREPARATION, "督导组审核会前准备 · " + UNIT_NAME);
    WebElement form = walk.claimFromList(task.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0003").getDomProperty("value")).contains("问题清单", "周建华");
    walk.send(task, form, "preparation-review", MeetingForms.passPreparation(), "preparation-review-passing");
    walk.switchTo(PRINCIPAL);
  }

  /** 3. The principal records a talk with a member; the member confirms the record. */
  private void talk(String pi) throws Exception {
    Task record = walk.task(pi, PRINCIPAL, MeetingProcess.RECORD_TALK, "与吴国平谈心谈话并记录 · " + UNIT_NAME);
    WebElement form = walk.openFromList(record.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0024").getDomProperty("value")).contains("吴国平");
    walk.send(record, form, "talk-record", MeetingForms.talkRecord(), "talk-record-filled");

    walk.switchTo(MEMBER);
    Task confirm = walk.task(pi, MEMBER, MeetingProcess.CONFIRM_TALK, "确认与陈立新的谈话记录 · " + UNIT_NAME);
    form = walk.openFromList(confirm.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0030").getDomProperty("value"))
        .contains((String) MeetingForms.talkRecord().get("topics"));
    walk.send(confirm, form, "talk-confirm", MeetingForms.talkConfirmation(true, null), "talk-confirm-filled");
    // (the supervision group's 郑丽 has a talk of the same name with 吴国平: the principal's is the one)
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).taskAssignee(PRINCIPAL)
        .taskName(record.getName()).count()).as("a confirmed talk is not recorded again").isZero();
  }

  /**
   * 4. The member writes their report; the superior leader returns it with reasons; the member gets it
   * back with the review beside it, changes it and sends the revision.
   */
  private void rejectAndReviseAReport(String pi) throws Exception {
    String title = "吴国平同志个人对照检查材料";
    Map<String, Object> report = MeetingForms.report(1);
    Task draft = walk.task(pi, MEMBER, MeetingProcess.DRAFT_REPORT, "撰写" + title + " · " + UNIT_NAME);
    walk.send(draft, walk.openFromList(draft.getName()), "report-draft", report, "report-draft-filled");

    // the supervision group's opinion first, the superior leader's decision after it
    walk.switchTo(SUPERVISOR);
    Task opinion = groupTask(pi, MeetingProcess.SUPERVISE_REPORT, "督导组审核意见：" + title + "（第 1 稿） · " + UNIT_NAME);
    WebElement opinionForm = walk.claimFromList(opinion.getName());
    assertThat(Tasklist.field(opinionForm, "textarea", "Field_0065").getDomProperty("value")).as("the comparison")
        .contains("材料");
    walk.send(opinion, opinionForm, "report-supervision", MeetingForms.approve(), "report-supervision-approving");

    walk.switchTo(SUPERIOR);
    Task review = walk.task(pi, SUPERIOR, MeetingProcess.REVIEW_REPORT, "审核" + title + "（第 1 稿） · " + UNIT_NAME);
    WebElement form = walk.openFromList(review.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0059").getDomProperty("value"))
        .contains((String) report.get("measures"));
    walk.send(review, form, "report-review", MeetingForms.reject(), "report-review-rejecting");

    walk.switchTo(MEMBER);
    Task revise = walk.task(pi, MEMBER, MeetingProcess.DRAFT_REPORT, "修改" + title + " · " + UNIT_NAME);
    form = walk.openFromList(revise.getName());
    assertThat(Tasklist.field(form, "textarea", "Field_0034").getDomProperty("value"))
        .as("the review beside the revision").contains("退回修改", "不见人、不见事、不见思想", "剖析根源不深刻",
            (String) MeetingForms.reject().get("reviewComment"));
    assertThat(Tasklist.field(form, "textarea", "Field_0053").getDomProperty("value"))
        .as("the revision starts from the last draft").isEqualTo(report.get("measures"));
    walk.shot("report-revision");
    walk.send(revise, form, "report-draft", Map.of("measures", report.get("measures") + "；四是每季度向群众公开整改进展"),
        "report-revised");
    assertThat(groupTask(pi, MeetingProcess.SUPERVISE_REPORT, "督导组审核意见：" + title + "（第 2 稿） · " + UNIT_NAME))
        .as("the revision goes to review").isNotNull();
  }

  // --- what is particular to this story ---------------------------------------------------

  /** Adds entry {@code index} of the problem list (the list starts with one) and fills it. */
  private void addProblem(WebElement form, JsonNode list, int index, Map<String, Object> problem) throws Exception {
    if (index > 0) {
      walk.addEntry(form, "textarea", "Field_0020", index);
    }
    Map<String, Object> shown = new LinkedHashMap<>(problem);
    shown.put("subject", NAMES.get(problem.get("subject")));
    walk.fillEntry(form, list, index, shown);
  }

  /** The one task of that activity and title for the supervision group (sg-city-1), to claim. */
  private Task groupTask(String pi, String activity, String name) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi).taskCandidateGroup("sg-city-1")
        .taskDefinitionKey(activity).taskName(name).list();
    assertThat(tasks).as("the supervision group's %s named %s", activity, name).hasSize(1);
    return tasks.get(0);
  }
}
