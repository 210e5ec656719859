package org.massline.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.massline.organizationallife.LifeMeetingForms.BRANCH;
import static org.massline.organizationallife.LifeMeetingForms.COMMITTEE_MEMBER;
import static org.massline.organizationallife.LifeMeetingForms.LEADING_CADRE;
import static org.massline.organizationallife.LifeMeetingForms.OFFICE;
import static org.massline.organizationallife.LifeMeetingForms.SECRETARY;
import static org.massline.organizationallife.LifeMeetingForms.SUPERIOR;
import static org.massline.organizationallife.LifeMeetingForms.UNQUALIFIED;
import static org.massline.organizationallife.LifeMeetingForms.VILLAGE;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.ACKNOWLEDGE_LIFE_MEETING;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.FOLLOW_UP_UNQUALIFIED;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING;
import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.massline.browser.Tasklist.Viewport;
import org.massline.forms.Values;
import org.massline.organization.PersonNames;
import org.massline.organizationallife.AppraisalGrade;
import org.massline.organizationallife.BranchSessionKind;
import org.massline.organizationallife.LifeMeetingForms;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.support.RestWalk;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The organizational life meeting (组织生活会) of 城关镇南关村党支部 walked through Tasklist's UI, each
 * task by its own user from 我的待办 and sent with one press of 完成: the office starts it choosing the
 * branch; the secretary 田芳 prepares it (a problem list of two); 田芳 and 宋佳 write their brief
 * self-examinations (the other four through REST, as their assignees); 田芳 holds the committee meeting
 * (refused once for a self-criticism among the criticisms) and the general meeting; 田芳 appraises the
 * five others on the list the form comes with (the other five appraisers through REST), 钱金山 graded
 * 不合格 by all; 田芳 follows him up and the township's 梁勇 signs the report. Screenshots:
 * {@code target/screenshots/life-<viewport>-NN-<what>.png}.
 */
class TasklistLifeMeetingTest extends TasklistTest {

  static final String UNIT = VILLAGE;
  static final String UNIT_NAME = "城关镇南关村党支部";
  /** Who writes a self-examination in the UI; the others are sent through REST. */
  static final List<String> WRITERS = List.of(SECRETARY, LEADING_CADRE);

  @Autowired
  PersonNames names;
  @Autowired
  LifeMeetingRepository lifeMeetings;

  private RestWalk rest;
  /** The life meeting's process instance. */
  private String pi;

  @ParameterizedTest(name = "{0}")
  @MethodSource("viewports")
  void theLifeMeetingInTasklist(Viewport viewport) throws Exception {
    rest = new RestWalk(port, engine);
    walk(viewport, "life", "organizational-life", () -> {
      // 1. the office starts the life meeting, finding the branch by typing part of its name
      pi = walk.startForUnit(OFFICE, "组织生活会", OrganizationalLifeMeetingProcess.KEY, "Field_0003", "南关", UNIT, UNIT_NAME);
      prepare();
      examineThemselves();
      holdTheCommitteeMeeting();
      holdTheGeneralMeeting();
      appraise();
      followUpAndSign();
    });
  }

  /** 2. The secretary's preparation, with a problem list of two, each with its 四风 category. */
  private void prepare() throws Exception {
    walk.switchTo(SECRETARY);
    Task task = walk.task(pi, SECRETARY, PREPARE_LIFE_MEETING, title("会前准备：学习、谈心谈话征求意见、查摆问题"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("支部书记：田芳", "支部委员：李刚", "钱金山", "共 6 名党员");
    Map<String, Object> values = new LinkedHashMap<>(LifeMeetingForms.preparation());
    List<Map<String, Object>> problems = Values.entries(values.remove("problems"));
    walk.fill(form, "life-meeting-preparation", values);
    JsonNode list = walk.schema("life-meeting-preparation").get("problems");
    for (int i = 0; i < problems.size(); i++) {
      if (i > 0) {
        walk.addEntry(form, "textarea", "Field_0014", i);
      }
      walk.fillEntry(form, list, i, problems.get(i));
    }
    walk.tallShot("preparation-filled");
    walk.completeOnce(task);
    assertThat(lifeMeetings.findProblems(lifeMeetingId())).extracting(p -> p.wind().name())
        .containsExactly("FORMALISM", "BUREAUCRATISM");
    // a village's members all write (unit-category.dmn)
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(WRITE_BRIEF_SELF_EXAMINATION).list()).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(BRANCH);
  }

  /** 3. Two self-examinations written in Tasklist, the other four sent through REST by their authors. */
  private void examineThemselves() throws Exception {
    for (String author : WRITERS) {
      if (!author.equals(SECRETARY)) {
        walk.switchTo(author);
      }
      Task task = walk.task(pi, author, WRITE_BRIEF_SELF_EXAMINATION, title("撰写简要对照检查材料"));
      walk.send(task, walk.openFromList(task.getName()), "brief-self-examination", LifeMeetingForms.selfExamination(),
          "self-examination-" + author);
    }
    for (String author : BRANCH) {
      if (!WRITERS.contains(author)) {
        rest.submit(author, rest.tasks(pi, WRITE_BRIEF_SELF_EXAMINATION, author).get(0), LifeMeetingForms.selfExamination());
      }
    }
    assertThat(lifeMeetings.findSelfExaminations(lifeMeetingId())).hasSize(BRANCH.size());
  }

  /**
   * 4. The committee meeting: who was present ticked among the committee's names, a criticism of oneself
   * refused in Chinese, then each present member criticized by the other.
   */
  private void holdTheCommitteeMeeting() throws Exception {
    walk.switchTo(SECRETARY);
    Task task = walk.task(pi, SECRETARY, HOLD_COMMITTEE_MEETING, title("召开支部委员会，开展批评和自我批评"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("支部委员会成员：田芳、李刚");
    assertThat(TasklistWalk.labels(form, "Field_0004")).as("the checklist of the committee").containsExactly("田芳", "李刚");
    Map<String, Object> values = new LinkedHashMap<>(LifeMeetingForms.committeeMeeting(List.of(), List.of()));
    values.put("present", List.of(name(SECRETARY), name(COMMITTEE_MEMBER)));
    values.remove("criticisms");
    walk.fill(form, "committee-meeting", values);
    JsonNode list = walk.schema("committee-meeting").get("criticisms");
    walk.fillEntry(form, list, 0, criticism(SECRETARY, COMMITTEE_MEMBER, "对村务公开抓得不紧，群众意见回应慢"));
    walk.addEntry(form, "textarea", "Field_0008", 1);
    walk.fillEntry(form, list, 1, criticism(COMMITTEE_MEMBER, COMMITTEE_MEMBER, "本人入户走访少，带头作用发挥不够"));
    assertThat(browser.pressComplete()).as("完成 enabled for a form the browser finds valid").isTrue();
    assertThat(browser.refusal().getText()).contains("批评意见第 2 条：不能批评自己", "还没有其他委员对田芳同志的批评")
        .doesNotContainPattern("[A-Za-z]{2,}");
    walk.tallShot("committee-refused");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("still open").isOne();

    // a chosen name cannot be chosen again in Tasklist (its select does not open once it holds a value):
    // the wrong line goes, a right one comes
    walk.removeLastEntry(form, "textarea", "Field_0008", 1);
    walk.addEntry(form, "textarea", "Field_0008", 1);
    walk.fillEntry(form, list, 1, criticism(COMMITTEE_MEMBER, SECRETARY, "带头作用发挥不够，入户走访少"));
    walk.tallShot("committee-fixed");
    walk.completeOnce(task);
    long session = lifeMeetings.findSession(lifeMeetingId(), BranchSessionKind.COMMITTEE)
        .orElseThrow().id();
    assertThat(lifeMeetings.findCriticisms(session)).extracting(c -> c.criticId() + ">" + c.targetId())
        .containsExactly(SECRETARY + ">" + COMMITTEE_MEMBER, COMMITTEE_MEMBER + ">" + SECRETARY);
  }

  /** 4b. The general meeting, everybody present: the checklist of the absent shows the six, none ticked. */
  private void holdTheGeneralMeeting() throws Exception {
    Task task = walk.task(pi, SECRETARY, HOLD_GENERAL_MEETING, title("召开党员大会"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(TasklistWalk.labels(form, "Field_0004")).as("the checklist of the members")
        .containsExactlyElementsOf(BRANCH.stream().map(this::name).toList());
    Map<String, Object> values = new LinkedHashMap<>(LifeMeetingForms.generalMeeting(1, List.of()));
    values.remove("absent");
    walk.send(task, form, "general-meeting", values, "general-meeting-filled");
  }

  /**
   * 5. The secretary appraises the five others on the lines the form comes with, each naming its member;
   * the other five appraisers send theirs through REST; 钱金山 is 不合格 for all.
   */
  private void appraise() throws Exception {
    Task task = walk.task(pi, SECRETARY, APPRAISE_MEMBERS, title("民主评议党员"));
    WebElement form = walk.openFromList(task.getName());
    List<String> toGrade = new ArrayList<>();
    rest.formVariable(SECRETARY, task.getId(), "ratings").forEach(line -> toGrade.add(line.path("member").asText()));
    assertThat(toGrade).hasSize(BRANCH.size() - 1).doesNotContain(SECRETARY);
    List<String> shown = new ArrayList<>();
    for (int i = 0; ; i++) {
      List<WebElement> member = form.findElements(By.cssSelector("[id$='-Field_0003_" + i + "']"));
      if (member.isEmpty()) {
        break;
      }
      shown.add(Tasklist.fieldAround(member.get(0), "select").findElement(By.cssSelector(".fjs-select-display"))
          .getText().trim());
    }
    assertThat(shown).as("the members named on the lines").containsExactlyElementsOf(toGrade.stream().map(this::name).toList());
    walk.tallShot("appraisal-form");

    JsonNode list = walk.schema("member-appraisal").get("ratings");
    for (int i = 0; i < toGrade.size(); i++) {
      walk.fillEntry(form, list, i, Map.of("grade", grade(toGrade.get(i), SECRETARY)));
    }
    walk.tallShot("appraisal-graded");
    walk.completeOnce(task);
    assertThat(lifeMeetings.findAppraisals(lifeMeetingId())).filteredOn(a -> a.appraiserId().equals(SECRETARY))
        .extracting(a -> a.memberId() + "=" + a.grade())
        .containsExactlyInAnyOrderElementsOf(toGrade.stream().map(m -> m + "=" + grade(m, SECRETARY)).toList());

    for (String appraiser : BRANCH) {
      if (!appraiser.equals(SECRETARY)) {
        String other = rest.tasks(pi, APPRAISE_MEMBERS, appraiser).get(0);
        List<String> members = new ArrayList<>();
        rest.formVariable(appraiser, other, "ratings").forEach(line -> members.add(line.path("member").asText()));
        rest.submit(appraiser, other, LifeMeetingForms.appraisal(members, Map.of(UNQUALIFIED, grade(UNQUALIFIED, appraiser))));
      }
    }
    AppraisalResult result = lifeMeetings.findResults(lifeMeetingId()).stream()
        .filter(r -> r.memberId().equals(UNQUALIFIED)).findFirst().orElseThrow();
    assertThat(result.grade()).isEqualTo(AppraisalGrade.UNQUALIFIED);
    assertThat(result.unqualified()).isEqualTo(BRANCH.size() - 1);
  }

  /** 6. The secretary follows 钱金山 up; the township's secretary signs the report written from the records. */
  private void followUpAndSign() throws Exception {
    Task task = walk.task(pi, SECRETARY, FOLLOW_UP_UNQUALIFIED, title("处置评议为不合格的党员：钱金山"));
    WebElement form = walk.openFromList(task.getName());
    assertThat(value(form, "textarea", "Field_0002")).contains("钱金山同志", "不合格 5 票");
    walk.send(task, form, "appraisal-follow-up", LifeMeetingForms.followUp(), "follow-up-filled");

    walk.switchTo(SUPERIOR);
    Task sign = walk.task(pi, SUPERIOR, ACKNOWLEDGE_LIFE_MEETING, title("上级党组织签收组织生活会情况"));
    form = walk.openFromList(sign.getName());
    WebElement report = Tasklist.field(form, "textarea", "Field_0002");
    assertThat("true".equals(report.getDomProperty("readOnly")) || !report.isEnabled()).as("the report read-only").isTrue();
    assertThat(report.getDomProperty("value")).startsWith(UNIT_NAME + "“组织生活会和民主评议党员”情况报告")
        .contains("查摆支部问题 2 个", "简要对照检查材料：6 份", "相互批评 2 条", "不合格 1 名", "评议为不合格：钱金山",
            "处置：限期改正");
    walk.send(sign, form, "life-meeting-acknowledge", LifeMeetingForms.acknowledgement(), "report-signed");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult()
        .getState()).isEqualTo("COMPLETED");
  }

  /** 钱金山 不合格 (by all), 宋佳 优秀 (by the secretary), the others 合格. */
  private static String grade(String member, String appraiser) {
    if (member.equals(UNQUALIFIED)) {
      return AppraisalGrade.UNQUALIFIED.name();
    }
    return member.equals(LEADING_CADRE) && appraiser.equals(SECRETARY) ? AppraisalGrade.EXCELLENT.name()
        : AppraisalGrade.QUALIFIED.name();
  }

  /** A line of the criticisms as the person picks it: by names. */
  private Map<String, Object> criticism(String critic, String target, String content) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("critic", name(critic));
    line.put("target", name(target));
    line.put("content", content);
    return line;
  }

  private String name(String person) {
    return names.name(person);
  }

  private static String title(String task) {
    return task + " · " + UNIT_NAME;
  }

  private static String value(WebElement form, String tag, String fieldId) {
    return Tasklist.field(form, tag, fieldId).getDomProperty("value");
  }

  private long lifeMeetingId() {
    return ((Number) engine.getRuntimeService().getVariable(pi, OrganizationalLifeMeetingProcess.LIFE_MEETING_ID.name()))
        .longValue();
  }
}
