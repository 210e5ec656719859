package org.massline.meeting.steps;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.app.Clock;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingStatus;
import org.massline.meeting.ReportStatus;
import org.massline.meeting.TalkStatus;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code scheduleMeeting} (安排专题民主生活会): date, time and place, and the supervisors attending;
 * only once every report is approved and every talk confirmed.
 */
@Component(MeetingProcess.SCHEDULE_MEETING)
public class ScheduleMeeting extends Step<ScheduleMeeting.Values> {

  public record Values(LocalDate meetingDate, String startTime, String place, List<String> supervisorsAttending,
      String otherAttendees) {
    public Values {
      supervisorsAttending = listOrEmpty(supervisorsAttending);
    }
  }

  private final MeetingRepository repository;
  private final MeetingPeople people;

  public ScheduleMeeting(MeetingRepository repository, MeetingPeople people) {
    this.repository = repository;
    this.people = people;
  }

  /** Who must attend, the supervisors to choose from, and reminder talks still open (they hold nothing up). */
  @Override
  protected void show(DelegateTask task) {
    Meeting meeting = people.meeting(MeetingProcess.MEETING_ID.from(task));
    StringBuilder context = new StringBuilder();
    repository.findVerdicts(meeting.id()).stream().reduce((first, last) -> last).filter(v -> !v.passed())
        .ifPresent(v -> context.append("督导组要求重开会议（").append(Clock.toLocalDate(v.decidedAt())).append("）：")
            .append(v.reasons()).append("\n\n"));
    context.append("本班子成员：").append(people.participantNames(meeting.id()))
        .append("\n上级党组织参会领导：").append(people.name(meeting.superiorLeaderId()))
        .append("\n督导组全程列席，请至少选择一名督导组成员。");
    task.getProcessEngineServices().getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(MeetingProcess.REMINDER_TALK).list().forEach(open -> context.append("\n督导组约谈提醒尚未完成：")
            .append(open.getName()).append("（约谈照常进行，不影响安排会议）"));
    task.setVariableLocal("attendanceContext", context.toString());
    task.setVariableLocal("supervisorOptions", people.options(people.supervisors(meeting)));
  }

  @Override
  protected void check(Values schedule, Submission submission, Problems problems) {
    long meetingId = submission.variable(MeetingProcess.MEETING_ID);
    if (schedule.meetingDate() != null && schedule.meetingDate().isBefore(Clock.today())) {
      problems.add("会议日期不能早于今天");
    }
    long open = repository.findReports(meetingId).stream().filter(r -> r.status() != ReportStatus.APPROVED).count();
    if (open > 0) {
      problems.add("还有 " + open + " 份对照检查材料未通过审核，不能安排会议");
    }
    long unconfirmed = repository.findTalks(meetingId).stream().filter(t -> t.status() != TalkStatus.CONFIRMED).count();
    if (unconfirmed > 0) {
      problems.add("还有 " + unconfirmed + " 次谈心谈话未经确认，不能安排会议");
    }
  }

  @Override
  protected void complete(Values schedule, DelegateTask task) {
    Meeting meeting = people.meeting(MeetingProcess.MEETING_ID.from(task));
    repository.insertSchedule(meeting.id(), schedule.meetingDate(), schedule.startTime(), schedule.place(),
        meeting.superiorLeaderId(), String.join(",", schedule.supervisorsAttending()),
        Checks.blankToNull(schedule.otherAttendees()), Actor.of(task));
    repository.updateStatus(meeting.id(), MeetingStatus.SCHEDULED);
  }
}
