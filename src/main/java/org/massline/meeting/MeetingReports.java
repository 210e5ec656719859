package org.massline.meeting;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

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

  /**
   * {@code reportRejectedRepeatedly}: asks the supervision group for a reminder talk (约谈提醒) about this
   * report. The talk runs in the meeting's own event subprocess, outside the report's scope, so the
   * report can be approved and the meeting scheduled while the talk is still open; the report's id
   * goes with the message to the talk's scope.
   */
  public void requestReminderTalk(DelegateExecution execution) {
    execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MeetingProcess.REMINDER_TALK_REQUESTED)
        .processInstanceId(execution.getProcessInstanceId())
        .setVariableToTriggeredScope(MeetingProcess.REPORT_ID.name(), MeetingProcess.REPORT_ID.from(execution))
        .correlateWithResult();
  }

  public List<String> commenters(long reportId) {
    Report report = repository.findReport(reportId);
    return repository.findParticipants(report.meetingId()).stream().map(Participant::personId)
        .filter(p -> !p.equals(report.authorId())).toList();
  }
}
