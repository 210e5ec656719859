package org.massline.meeting;

import java.util.List;

import org.massline.meeting.MeetingRepository.Participant;
import org.massline.meeting.MeetingRepository.Report;
import org.springframework.stereotype.Component;

/**
 * Self-examination reports (对照检查材料) as the BPMN routes them: one instance per report, who
 * writes it, and whether the group report's first draft goes to the other members for comments.
 * The steps themselves are in {@code meeting.steps}.
 */
@Component("meetingReports")
public class MeetingReports {

  private final MeetingRepository repository;

  public MeetingReports(MeetingRepository repository) {
    this.repository = repository;
  }

  /** The collection of the report multi-instance. */
  public List<Long> reportIds(long meetingId) {
    return repository.findReports(meetingId).stream().map(Report::id).toList();
  }

  public String author(long reportId) {
    return repository.findReport(reportId).authorId();
  }

  /** Comments on the group report are solicited from the other members, on its first draft. */
  public boolean needsComments(long reportId) {
    Report report = repository.findReport(reportId);
    return report.isGroupReport() && repository.findReportVersions(reportId).size() == 1
        && !commenters(reportId).isEmpty();
  }

  public List<String> commenters(long reportId) {
    Report report = repository.findReport(reportId);
    return repository.findParticipants(report.meetingId()).stream().map(Participant::personId)
        .filter(p -> !p.equals(report.authorId())).toList();
  }
}
