package org.massline.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.organization.PersonNames;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/** Preparation (会前准备): the study record, the opinions heard, and the problems found for the group and each member. */
@Component("meetingPreparation")
public class MeetingPreparation {

  /** The subject value that stands for the whole leadership group in the problem list. */
  static final String GROUP = "group";

  private final MeetingRepository repository;
  private final PersonNames names;

  public MeetingPreparation(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  /** {@code prepareMeeting} create: whom a problem can concern. */
  public void show(DelegateTask task) {
    long meetingId = MeetingProcess.meetingId(task);
    List<Map<String, Object>> subjects = new ArrayList<>();
    subjects.add(PersonNames.option("领导班子", GROUP));
    repository.findParticipants(meetingId).forEach(p -> subjects.add(PersonNames.option(names.name(p.personId()), p.personId())));
    task.setVariableLocal("subjectOptions", Values.json(subjects));
    task.setVariableLocal("groupContext", "班子成员：" + String.join("、", repository.findParticipants(meetingId).stream()
        .map(Participant::personId).map(names::name).toList()) + "。问题清单须覆盖班子和每一位成员。");
  }

  /** {@code prepareMeeting} complete. */
  public void record(DelegateTask task) {
    long meetingId = MeetingProcess.meetingId(task);
    long preparationId = repository.insertPreparation(meetingId,
        LocalDate.parse(Values.text(task.getVariableLocal("studyDate"))),
        new BigDecimal(Values.text(task.getVariableLocal("studyHours"))),
        Values.text(task.getVariableLocal("studyTopics")), Values.text(task.getVariableLocal("studyAttendance")),
        new BigDecimal(Values.text(task.getVariableLocal("opinionCount"))).intValue(),
        String.join(",", Values.strings(task.getVariableLocal("opinionChannels"))),
        Values.text(task.getVariableLocal("opinionSummary")), Actor.of(task));
    for (Map<String, Object> p : Values.entries(task.getVariableLocal("problems"))) {
      String subject = Values.text(p.get("subject"));
      repository.insertProblem(meetingId, preparationId, GROUP.equals(subject) ? null : subject,
          Wind.valueOf(Values.text(p.get("wind"))), ProblemSource.valueOf(Values.text(p.get("source"))),
          Values.text(p.get("description")));
    }
    repository.updateStatus(meetingId, "TALKS_AND_REPORTS");
  }
}
