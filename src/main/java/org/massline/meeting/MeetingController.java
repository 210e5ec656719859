package org.massline.meeting;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.massline.meeting.MeetingRepository.Absence;
import org.massline.meeting.MeetingRepository.Commentary;
import org.massline.meeting.MeetingRepository.Criticism;
import org.massline.meeting.MeetingRepository.HandoffItem;
import org.massline.meeting.MeetingRepository.MakeUp;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingRepository.MeetingRecord;
import org.massline.meeting.MeetingRepository.Notification;
import org.massline.meeting.MeetingRepository.NotificationReader;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.Preparation;
import org.massline.meeting.MeetingRepository.PreparationReview;
import org.massline.meeting.MeetingRepository.Problem;
import org.massline.meeting.MeetingRepository.RecordedIntervention;
import org.massline.meeting.MeetingRepository.ReminderTalk;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportComment;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.massline.meeting.MeetingRepository.Review;
import org.massline.meeting.MeetingRepository.Schedule;
import org.massline.meeting.MeetingRepository.Statement;
import org.massline.meeting.MeetingRepository.SupervisionOpinion;
import org.massline.meeting.MeetingRepository.Talk;
import org.massline.meeting.MeetingRepository.TalkRecord;
import org.massline.meeting.MeetingRepository.Verdict;
import org.massline.organization.UnitAccess;
import org.massline.security.CurrentUser;
import org.massline.supervision.SupervisionRepository;
import org.massline.supervision.SupervisionRepository.Notice;
import org.massline.supervision.SupervisionRepository.Reminder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads meetings: everything written at every step, every version, the supervision group's checks and
 * opinions and the verdicts beside them. Visible to those
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

  /** Everything written in one meeting, every version, in the order the steps wrote it. */
  public record MeetingView(Meeting meeting, List<Participant> participants, List<Preparation> preparations,
      List<PreparationReview> preparationReviews, List<Problem> problems, List<TalkView> talks,
      List<ReportView> reports, List<Schedule> schedules, RecordView record, List<Commentary> commentary,
      List<Verdict> verdicts, List<Notification> notifications, List<NotificationReader> notificationReaders,
      List<HandoffItem> handoffItems, List<Reminder> reminders, List<Notice> supervisionNotices) {
  }

  public record TalkView(Talk talk, List<TalkRecord> records) {
  }

  public record ReportView(Report report, List<ReportVersion> versions, List<ReportComment> comments,
      List<SupervisionOpinion> supervisionOpinions, List<Review> reviews, List<ReminderTalk> reminderTalks) {
  }

  /** The meeting as recorded, with what was said in it; its columns at the top level. */
  public record RecordView(@JsonUnwrapped MeetingRecord record, List<Statement> statements,
      List<Criticism> criticisms, List<Absence> absences, List<MakeUp> makeUps,
      List<RecordedIntervention> interventions) {
  }

  @GetMapping("/{id}")
  public MeetingView meeting(@PathVariable long id) {
    Meeting meeting = repository.findMeeting(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "会议“" + id + "”不存在"));
    authorize(meeting.unitId());
    List<TalkView> talks = repository.findTalks(id).stream()
        .map(talk -> new TalkView(talk, repository.findTalkRecords(talk.id()))).toList();
    List<ReportView> reports = repository.findReports(id).stream()
        .map(report -> new ReportView(report, repository.findReportVersions(report.id()),
            repository.findReportComments(report.id()), repository.findSupervisionOpinions(report.id()),
            repository.findReviews(report.id()),
            repository.findReminderTalks(report.id())))
        .toList();
    RecordView record = repository.findLatestRecord(id)
        .map(r -> new RecordView(r, repository.findStatements(r.id()), repository.findCriticisms(r.id()),
            repository.findAbsences(r.id()), repository.findMakeUps(r.id()), repository.findInterventions(r.id())))
        .orElse(null);
    return new MeetingView(meeting, repository.findParticipants(id), repository.findPreparations(id),
        repository.findPreparationReviews(id), repository.findProblems(id), talks, reports, repository.findSchedules(id),
        record, repository.findCommentary(id), repository.findVerdicts(id), repository.findNotifications(id),
        repository.findNotificationReaders(id),
        repository.findHandoffItemsOfMeeting(id),
        supervision.findReminders(meeting.processInstanceId()), supervision.findNotices(meeting.processInstanceId()));
  }

  /** The input of the rectification stage: problems and measures handed on by the unit's meetings. */
  @GetMapping("/handoff-items")
  public List<HandoffItem> handoffItems(@RequestParam String unit) {
    authorize(unit);
    return repository.findHandoffItems(unit);
  }

  private void authorize(String unitId) {
    if (!unitAccess.canView(currentUser.id(), currentUser.groups(), unitId)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的民主生活会");
    }
  }
}
