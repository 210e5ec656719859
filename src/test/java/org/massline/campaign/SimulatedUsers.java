package org.massline.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.massline.app.Clock;
import org.massline.meeting.MeetingForms;
import org.massline.meeting.MeetingProcess;
import org.massline.organizationallife.LifeMeetingForms;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.massline.rectification.LedgerItemProcess;
import org.massline.rectification.RectificationForms;
import org.massline.rectification.RectificationProcess;
import org.massline.support.Jobs;
import org.massline.support.Users;

/**
 * The people of a {@link SimRegion} working their tasks: every open task of the region's processes is
 * completed by someone who may complete it — its assignee, else a member of one of its candidate groups,
 * else a candidate user — through {@code TaskService.complete} with values, under that user's
 * authentication, so the engine checks their authorization and the form's and the step's validation run
 * as for Tasklist. Each task definition has its form's values ({@link #FORMS}). When nothing is open,
 * Camunda's clock moves to the next timer.
 */
final class SimulatedUsers {

  /** A task to complete, the unit whose work it is (its process's business key) and who completes it. */
  record Work(Task task, SimRegion.Unit unit, String user, SimulatedUsers users) {

    Object local(String name) {
      return users.engine.getTaskService().getVariableLocal(task.getId(), name);
    }

    SimRegion.SupervisionGroup supervisionGroup() {
      return users.region.group(unit);
    }
  }

  interface Form {
    Map<String, Object> values(Work work);
  }

  private final ProcessEngine engine;
  private final SimRegion region;
  private final Map<String, Form> forms;
  private final Map<String, List<String>> groupMembers = new HashMap<>();
  private final Map<String, String> businessKeys = new HashMap<>();
  /** Completed tasks by task definition key. */
  final Map<String, Integer> completed = new TreeMap<>();
  /** Clock moves to a timer. */
  int clockMoves;

  /** The units whose first study stage the supervision group sends back (回炉补课) once. */
  private final Set<String> sendBackOnce = new HashSet<>();
  /** Whether the supervision group returns the implementation plan's first draft. */
  private boolean returnFirstPlan;
  private List<String> weakUnits = List.of();

  SimulatedUsers(ProcessEngine engine, SimRegion region) {
    this.engine = engine;
    this.region = region;
    this.forms = forms();
  }

  SimulatedUsers returningTheFirstPlan() {
    this.returnFirstPlan = true;
    return this;
  }

  SimulatedUsers flaggingWeak(List<String> units) {
    this.weakUnits = List.copyOf(units);
    return this;
  }

  SimulatedUsers sendingBackTheStudyStageOf(String unit) {
    sendBackOnce.add(unit);
    return this;
  }

  int completedTasks() {
    return completed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Runs the region until {@code done}: the due jobs, then every open task, and when none is open the
   * clock to the next timer. {@code done} is asked whenever the jobs have run, before anyone works.
   */
  void runUntil(BooleanSupplier done) {
    while (true) {
      Jobs.runDue(engine);
      if (done.getAsBoolean()) {
        return;
      }
      if (completeOpenTasks() > 0) {
        continue;
      }
      Job next = engine.getManagementService().createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 1)
          .stream().findFirst().orElseThrow(() -> new AssertionError("the region is stuck: no task open, no timer"));
      if (!next.getDuedate().after(ClockUtil.getCurrentTime())) {
        throw new AssertionError("a due timer does not run: " + next);
      }
      ClockUtil.setCurrentTime(new java.util.Date(next.getDuedate().getTime() + 1000));
      clockMoves++;
    }
  }

  /** Every task of the region open now, each completed once (a task another completion ended is skipped). */
  int completeOpenTasks() {
    List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike("sim-%")
        .orderByTaskId().asc().list();
    if (open.isEmpty()) {
      return 0;
    }
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKeyLike("sim-%").list()
        .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
    for (Task task : open) {
      complete(task);
    }
    return open.size();
  }

  private void complete(Task task) {
    Form form = forms.get(task.getTaskDefinitionKey());
    if (form == null) {
      throw new AssertionError("no simulated user fills in " + task.getTaskDefinitionKey() + " (" + task.getName() + ")");
    }
    SimRegion.Unit unit = region.unit(businessKeyOf(task.getProcessInstanceId()));
    String user = userFor(task);
    Map<String, Object> values = form.values(new Work(task, unit, user, this));
    try {
      Users.as(engine, user, () -> engine.getTaskService().complete(task.getId(), values));
    } catch (ProcessEngineException e) {
      if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
        return; // ended meanwhile by another completion
      }
      throw new AssertionError(user + " completing " + task.getTaskDefinitionKey() + " of " + unit.id() + ": "
          + e.getMessage(), e);
    }
    completed.merge(task.getTaskDefinitionKey(), 1, Integer::sum);
  }

  private String businessKeyOf(String processInstanceId) {
    return businessKeys.computeIfAbsent(processInstanceId, id -> {
      ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
      return pi.getBusinessKey();
    });
  }

  /** The assignee; else the first member of a candidate group; else a candidate user. */
  private String userFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> links = engine.getTaskService().getIdentityLinksForTask(task.getId());
    for (IdentityLink link : links) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        List<String> members = groupMembers.computeIfAbsent(link.getGroupId(), group -> engine.getIdentityService()
            .createUserQuery().memberOfGroup(group).list().stream().map(User::getId).sorted().toList());
        if (!members.isEmpty()) {
          return members.get(0);
        }
      }
    }
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
        .map(IdentityLink::getUserId).min(Comparator.naturalOrder())
        .orElseThrow(() -> new AssertionError("nobody may complete " + task.getName()));
  }

  /** One form's values per task definition key, the shared test builders where they exist. */
  private Map<String, Form> forms() {
    Map<String, Form> f = new HashMap<>();
    // the campaign and the unit's campaign
    f.put(CampaignProcess.DRAFT_IMPLEMENTATION_PLAN, w -> CampaignForms.plan((String) w.local("tier2OpensOn"),
        (String) w.local("tier3OpensOn"), weakUnits));
    f.put(CampaignProcess.REVIEW_IMPLEMENTATION_PLAN, w -> {
      if (returnFirstPlan) {
        returnFirstPlan = false;
        return CampaignForms.returnPlan();
      }
      return CampaignForms.approvePlan();
    });
    f.put(CampaignProcess.HANDLE_LATE_UNITS, w -> CampaignForms.lateUnits());
    f.put(CampaignProcess.SUMMARIZE_CAMPAIGN, w -> CampaignForms.summary());
    f.put(UnitCampaignProcess.COMPLETE_UNIT_RECORDS, w -> CampaignForms.unitRecords());
    f.put(UnitCampaignProcess.REORGANIZE_UNIT, w -> CampaignForms.reorganization());
    f.put(UnitCampaignProcess.RECORD_STUDY_SESSIONS, w -> CampaignForms.studySessions(w.unit().branch().size()));
    f.put(UnitCampaignProcess.SOLICIT_OPINIONS, w -> CampaignForms.opinionRound());
    f.put(UnitCampaignProcess.LIST_PROBLEMS, w -> CampaignForms.problemList());
    f.put(UnitCampaignProcess.CHECK_STUDY_STAGE, w -> sendBackOnce.remove(w.unit().id()) ? CampaignForms.redoStage()
        : CampaignForms.passStage());
    f.put(UnitCampaignProcess.CHECK_PROBLEM_STAGE, w -> CampaignForms.passStage());
    f.put(UnitCampaignProcess.CHECK_RECTIFICATION_STAGE, w -> CampaignForms.passStage());
    // the democratic life meeting: the leadership, the supervision group's leader attends
    f.put(MeetingProcess.PREPARE_MEETING, w -> MeetingForms.preparation(w.unit().leadership()));
    f.put(MeetingProcess.REVIEW_PREPARATION, w -> MeetingForms.passPreparation());
    f.put(MeetingProcess.RECORD_TALK, w -> MeetingForms.talkRecord());
    f.put(MeetingProcess.CONFIRM_TALK, w -> MeetingForms.talkConfirmation(true, null));
    f.put(MeetingProcess.DRAFT_REPORT, w -> MeetingForms.report(1));
    f.put(MeetingProcess.COMMENT_ON_DRAFT, w -> MeetingForms.comment());
    f.put(MeetingProcess.SUPERVISE_REPORT, w -> MeetingForms.approve());
    f.put(MeetingProcess.REVIEW_REPORT, w -> MeetingForms.approve());
    f.put(MeetingProcess.REMINDER_TALK, w -> MeetingForms.reminderTalk());
    f.put(MeetingProcess.SCHEDULE_MEETING, w -> MeetingForms.schedule(w.supervisionGroup().leader()));
    f.put(MeetingProcess.HOLD_MEETING, w -> MeetingForms.record(w.unit().leadership(), w.supervisionGroup().leader()));
    f.put(MeetingProcess.GIVE_COMMENTARY, w -> MeetingForms.commentary(w.unit().leadership(),
        w.supervisionGroup().leader()));
    f.put(MeetingProcess.MAKE_UP_MEETING, w -> MeetingForms.makeUp());
    f.put(MeetingProcess.CIRCULATE_NOTIFICATION, w -> MeetingForms.circulation(
        (String) engine.getTaskService().getVariable(w.task().getId(), "notificationText")));
    f.put(MeetingProcess.ACKNOWLEDGE_NOTIFICATION, w -> MeetingForms.acknowledgement());
    f.put(MeetingProcess.READ_NOTIFICATION, w -> MeetingForms.notificationRead());
    // the organizational life meeting: the principal and the member are the committee
    f.put(OrganizationalLifeMeetingProcess.PREPARE_LIFE_MEETING, w -> LifeMeetingForms.preparation());
    f.put(OrganizationalLifeMeetingProcess.WRITE_BRIEF_SELF_EXAMINATION, w -> LifeMeetingForms.selfExamination());
    f.put(OrganizationalLifeMeetingProcess.HOLD_COMMITTEE_MEETING, w -> {
      SimRegion.Unit u = w.unit();
      return LifeMeetingForms.committeeMeeting(u.leadership(), List.of(List.of(u.principal(), u.member()),
          List.of(u.member(), u.principal())));
    });
    f.put(OrganizationalLifeMeetingProcess.HOLD_GENERAL_MEETING, w -> LifeMeetingForms.generalMeeting(1, List.of()));
    f.put(OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS, w -> {
      List<String> others = new ArrayList<>(w.unit().branch());
      others.remove(w.user());
      return LifeMeetingForms.appraisal(others, Map.of());
    });
    f.put(OrganizationalLifeMeetingProcess.FOLLOW_UP_UNQUALIFIED, w -> LifeMeetingForms.followUp());
    f.put(OrganizationalLifeMeetingProcess.ACKNOWLEDGE_LIFE_MEETING, w -> LifeMeetingForms.acknowledgement());
    // the rectification: one item for each of the leadership, each closed at once
    f.put(RectificationProcess.DRAFT_RECTIFICATION_PLAN, w -> RectificationForms.plan(w.unit().leadership().stream()
        .map(owner -> RectificationForms.item("own", "FORMALISM", Clock.today().plusDays(30), owner)).toList()));
    f.put(RectificationProcess.SUPERVISE_RECTIFICATION_PLAN, w -> RectificationForms.agreeWithPlan());
    f.put(RectificationProcess.REVIEW_RECTIFICATION_PLAN, w -> RectificationForms.approvePlan());
    f.put(LedgerItemProcess.REPORT_LEDGER_PROGRESS, w -> RectificationForms.progress("DONE"));
    f.put(LedgerItemProcess.CONFIRM_LEDGER_ITEM, w -> RectificationForms.confirmItem());
    f.put(LedgerItemProcess.RECORD_PUBLIC_ACCEPTANCE, w -> RectificationForms.acceptance(9, 3, 1));
    return f;
  }
}
