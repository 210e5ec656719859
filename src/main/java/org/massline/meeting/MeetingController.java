package org.massline.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.massline.app.Rows;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.Talk;
import org.massline.organization.UnitAccess;
import org.massline.security.CurrentUser;
import org.massline.supervision.SupervisionRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads meetings: everything written at every step, every version. Visible to those
 * {@link UnitAccess} names for the unit: its group, its superior, its supervisors, its offices.
 */
@RestController
@RequestMapping("/api/meetings")
public class MeetingController {

  private final MeetingRepository repository;
  private final SupervisionRepository supervision;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public MeetingController(MeetingRepository repository, SupervisionRepository supervision, UnitAccess unitAccess,
      CurrentUser currentUser) {
    this.repository = repository;
    this.supervision = supervision;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  /** The meetings the caller may see, optionally of one unit. */
  @GetMapping
  public List<Meeting> meetings(@RequestParam(required = false) String unit) {
    String user = currentUser.id();
    List<String> groups = currentUser.groups();
    List<Meeting> meetings = unit == null ? repository.findAllMeetings() : repository.findMeetingsOfUnit(unit);
    return meetings.stream().filter(m -> unitAccess.canView(user, groups, m.unitId())).toList();
  }

  @GetMapping("/{id}")
  public Map<String, Object> meeting(@PathVariable long id) {
    Meeting meeting = repository.findMeeting(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "会议“" + id + "”不存在"));
    authorize(meeting.unitId());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("meeting", meeting);
    view.put("participants", repository.findParticipants(id));
    view.put("preparations", Rows.camel(repository.findPreparations(id)));
    view.put("problems", Rows.camel(repository.findProblems(id)));
    List<Map<String, Object>> talks = new ArrayList<>();
    for (Talk talk : repository.findTalks(id)) {
      talks.add(Map.of("talk", talk, "records", repository.findTalkRecords(talk.id())));
    }
    view.put("talks", talks);
    List<Map<String, Object>> reports = new ArrayList<>();
    for (Report report : repository.findReports(id)) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("report", report);
      r.put("versions", repository.findReportVersions(report.id()));
      r.put("comments", Rows.camel(repository.findReportComments(report.id())));
      r.put("reviews", repository.findReviews(report.id()));
      r.put("reminderTalks", Rows.camel(repository.findReminderTalks(report.id())));
      reports.add(r);
    }
    view.put("reports", reports);
    view.put("schedules", Rows.camel(repository.findSchedules(id)));
    repository.findLatestRecord(id).ifPresent(record -> {
      long recordId = ((Number) record.get("id")).longValue();
      Map<String, Object> r = new LinkedHashMap<>(Rows.camel(record));
      r.put("statements", Rows.camel(repository.rowsOfRecord("meeting_statement", recordId)));
      r.put("criticisms", Rows.camel(repository.rowsOfRecord("meeting_criticism", recordId)));
      r.put("absences", Rows.camel(repository.rowsOfRecord("meeting_absence", recordId)));
      r.put("interventions", Rows.camel(repository.rowsOfRecord("meeting_intervention", recordId)));
      view.put("record", r);
    });
    view.put("commentary", Rows.camel(repository.findCommentary(id)));
    view.put("notifications", Rows.camel(repository.findNotifications(id)));
    view.put("handoffItems", Rows.camel(repository.findHandoffItemsOfMeeting(id)));
    view.put("reminders", Rows.camel(supervision.findReminders(meeting.processInstanceId())));
    view.put("supervisionNotices", Rows.camel(supervision.findNotices(meeting.processInstanceId())));
    return view;
  }

  /** The input of the rectification stage: problems and measures handed on by the unit's meetings. */
  @GetMapping("/handoff-items")
  public List<Map<String, Object>> handoffItems(@RequestParam String unit) {
    authorize(unit);
    return Rows.camel(repository.findHandoffItems(unit));
  }

  private void authorize(String unitId) {
    if (!unitAccess.canView(currentUser.id(), currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的民主生活会");
    }
  }
}
