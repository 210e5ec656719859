package org.massline.meeting.steps;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Meeting;
import org.massline.meeting.MeetingSettings;
import org.massline.meeting.MeetingStatus;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code holdMeeting} (召开会议并记录发言和批评): who attended (the superior leader, the supervisors),
 * each member's self-examination statement or absence, the criticisms (never of oneself, every member
 * present criticized, enough in all: {@code massline.meeting.min-criticisms-*}). The supervisors'
 * interventions are theirs to record, in {@link GiveCommentary}, not the principal's.
 */
@Component(MeetingProcess.HOLD_MEETING)
public class HoldMeeting extends Step<HoldMeeting.Values> {

  public record Values(LocalDate heldOn, boolean superiorPresent, List<String> supervisorsPresent, String summary,
      List<Statement> statements, List<Criticism> criticisms, List<Absence> absences) {
    public Values {
      supervisorsPresent = listOrEmpty(supervisorsPresent);
      statements = listOrEmpty(statements);
      criticisms = listOrEmpty(criticisms);
      absences = listOrEmpty(absences);
    }
  }

  public record Statement(String memberId, String summary) {
  }

  public record Criticism(String targetId, String criticId, String content) {
  }

  public record Absence(String memberId, String reason) {
  }

  private final MeetingRepository repository;
  private final MeetingPeople people;
  private final MeetingSettings settings;

  public HoldMeeting(MeetingRepository repository, MeetingPeople people, MeetingSettings settings) {
    this.repository = repository;
    this.people = people;
    this.settings = settings;
  }

  /** One statement line per member, and the options for every list. */
  @Override
  protected void show(DelegateTask task) {
    Meeting meeting = people.meeting(MeetingProcess.MEETING_ID.from(task));
    List<String> members = people.participants(meeting.id());
    task.setVariableLocal("memberOptions", people.options(members));
    task.setVariableLocal("supervisorOptions", people.options(people.supervisors(meeting)));
    task.setVariableLocal("statements", org.massline.forms.Values.json(members.stream().map(member -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("memberId", member);
      line.put("summary", "");
      return line;
    }).toList()));
    repository.findLatestSchedule(meeting.id()).ifPresent(s ->
        task.setVariableLocal("meetingContext", "会议时间：" + s.meetingDate() + " " + s.startTime()
            + "\n会议地点：" + s.place() + "\n本班子成员：" + people.participantNames(meeting.id())));
  }

  @Override
  protected void check(Values record, Submission submission, Problems problems) {
    Checks.notInFuture(record.heldOn(), "会议日期", problems);
    Set<String> absent = new LinkedHashSet<>();
    for (Absence a : record.absences()) {
      if (!absent.add(a.memberId())) {
        problems.add(people.name(a.memberId()) + "同志的缺席登记了两次");
      }
    }
    Set<String> spoke = new HashSet<>();
    for (Statement statement : record.statements()) {
      if (Checks.length(statement.summary()) > 0) {
        if (!spoke.add(statement.memberId())) {
          problems.add(people.name(statement.memberId()) + "同志的对照检查发言填写了两次");
        }
        if (absent.contains(statement.memberId())) {
          problems.add(people.name(statement.memberId()) + "同志已登记为缺席，不能同时有发言记录");
        }
      }
    }
    long meetingId = submission.variable(MeetingProcess.MEETING_ID);
    for (String member : people.participants(meetingId)) {
      if (!spoke.contains(member) && !absent.contains(member)) {
        problems.add("请记录" + people.name(member) + "同志的对照检查发言，或登记其缺席原因");
      }
    }
    List<Criticism> criticisms = record.criticisms();
    Map<String, Integer> received = new LinkedHashMap<>();
    for (int i = 0; i < criticisms.size(); i++) {
      Criticism c = criticisms.get(i);
      if (Objects.equals(c.criticId(), c.targetId())) {
        problems.add("第 " + (i + 1) + " 条批评意见的批评人和被批评人是同一人：自我批评请记入本人的对照检查发言");
      } else if (absent.contains(c.criticId())) {
        problems.add("第 " + (i + 1) + " 条批评意见的批评人已登记缺席");
      } else if (absent.contains(c.targetId())) {
        problems.add("第 " + (i + 1) + " 条批评意见的被批评人已登记缺席");
      } else {
        received.merge(c.targetId(), 1, Integer::sum);
      }
    }
    checkCriticismRules(people.participants(meetingId).stream().filter(m -> !absent.contains(m)).toList(), received,
        problems);
  }

  /** 揭短亮丑、动真碰硬: every member present criticized by the others, and enough criticism in all. */
  private void checkCriticismRules(List<String> present, Map<String, Integer> received, Problems problems) {
    int perMember = settings.getMinCriticismsPerMember();
    if (present.size() < 2) {
      return;
    }
    for (String member : present) {
      if (received.getOrDefault(member, 0) < perMember) {
        problems.add(people.name(member) + "同志接受其他成员的批评不足 " + perMember + " 条：每位到会成员都要接受批评");
      }
    }
    int total = received.values().stream().mapToInt(Integer::intValue).sum();
    int required = Math.min(settings.getMinCriticismsPerMeeting(), present.size() * (present.size() - 1));
    if (total < required) {
      problems.add("会上相互批评只记录了 " + total + " 条，至少应有 " + required + " 条");
    }
  }

  /** Statements, criticisms and absences. */
  @Override
  protected void complete(Values record, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    long recordId = repository.insertRecord(meetingId, record.heldOn(), Checks.blankToNull(record.summary()),
        record.superiorPresent(), record.supervisorsPresent(), Actor.of(task));
    record.statements().stream().filter(s -> Checks.length(s.summary()) > 0)
        .forEach(s -> repository.insertStatement(recordId, s.memberId(), s.summary()));
    record.criticisms().forEach(c -> repository.insertCriticism(recordId, c.targetId(), c.criticId(), c.content()));
    record.absences().forEach(a -> repository.insertAbsence(recordId, a.memberId(), a.reason()));
    repository.updateStatus(meetingId, MeetingStatus.HELD);
  }
}
