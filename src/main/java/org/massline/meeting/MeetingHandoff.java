package org.massline.meeting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.meeting.MeetingRepository.Problem;
import org.massline.meeting.MeetingRepository.Report;
import org.massline.meeting.MeetingRepository.ReportVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Hands the meeting's results to rectification (stage 3): every problem found, with the measures of
 * the approved report of the group or member it concerns, queryable by unit; then closes the meeting
 * and announces it ({@link MeetingHandedOff}) for the rectification stage to pick up.
 */
@Component("meetingHandoff")
public class MeetingHandoff {

  /** Published when a meeting's problems and measures are handed on. */
  public record MeetingHandedOff(long meetingId, String unitId, String processInstanceId) {
  }

  private final MeetingRepository repository;
  private final ApplicationEventPublisher events;

  public MeetingHandoff(MeetingRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  public void handOff(DelegateExecution execution) {
    long meetingId = MeetingProcess.MEETING_ID.from(execution);
    String unitId = MeetingProcess.UNIT_ID.from(execution);
    List<Report> reports = repository.findReports(meetingId);
    for (Problem problem : repository.findProblems(meetingId)) {
      String subject = problem.subjectId();
      String measures = reports.stream()
          .filter(r -> subject == null ? r.isGroupReport() : !r.isGroupReport() && r.authorId().equals(subject))
          .findFirst()
          .flatMap(r -> repository.findLatestReportVersion(r.id()))
          .map(ReportVersion::sections).map(MeetingRepository.ReportSections::measures)
          .orElse("");
      repository.insertHandoffItem(meetingId, unitId, subject, problem.wind(), problem.description(), measures);
    }
    repository.close(meetingId);
    // the meeting is over: readers still reading the notification, or a reminder talk still open, do not
    // keep the unit from starting its next meeting (the process's end listener releases it too)
    repository.release(meetingId);
    events.publishEvent(new MeetingHandedOff(meetingId, unitId, execution.getProcessInstanceId()));
  }
}
