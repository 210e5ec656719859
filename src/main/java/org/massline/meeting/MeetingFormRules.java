package org.massline.meeting;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.massline.app.Clock;
import org.massline.forms.FormRules;
import org.massline.forms.Problems;
import org.massline.forms.Submission;
import org.massline.forms.Values;
import org.massline.meeting.MeetingRepository.Participant;
import org.massline.organization.PersonNames;
import org.springframework.stereotype.Component;

/**
 * The domain's rules for the meeting's forms, checked on the server after each form's own schema
 * (DOMAIN §4, §5): what Tasklist's browser checks cannot know.
 */
@Component
public class MeetingFormRules implements FormRules {

  private final MeetingRepository repository;
  private final PersonNames names;

  public MeetingFormRules(MeetingRepository repository, PersonNames names) {
    this.repository = repository;
    this.names = names;
  }

  @Override
  public Set<String> formIds() {
    return Set.of("meeting-schedule", "meeting-record", "meeting-commentary");
  }

  @Override
  public void check(Submission s, Problems problems) {
    switch (s.formId()) {
      case "meeting-schedule" -> checkSchedule(s, problems);
      case "meeting-record" -> checkRecord(s, problems);
      case "meeting-commentary" -> checkCommentary(s, problems);
      default -> {
        // no domain rule beyond the form's own schema
      }
    }
  }

  /** The meeting is scheduled only when every report is approved and every talk confirmed. */
  private void checkSchedule(Submission s, Problems problems) {
    long meetingId = meetingId(s);
    LocalDate date = s.date("meetingDate");
    if (date != null && date.isBefore(Clock.today())) {
      problems.add("会议日期不能早于今天");
    }
    long open = repository.findReports(meetingId).stream().filter(r -> !"APPROVED".equals(r.status())).count();
    if (open > 0) {
      problems.add("还有 " + open + " 份对照检查材料未通过审核，不能安排会议");
    }
    long unconfirmed = repository.findTalks(meetingId).stream().filter(t -> !"CONFIRMED".equals(t.status())).count();
    if (unconfirmed > 0) {
      problems.add("还有 " + unconfirmed + " 次谈心谈话未经确认，不能安排会议");
    }
  }

  private void checkRecord(Submission s, Problems problems) {
    notInFuture(s.date("heldOn"), "会议日期", problems);
    long meetingId = meetingId(s);
    Set<String> absent = new LinkedHashSet<>();
    for (Map<String, Object> a : s.entries("absences")) {
      String member = Values.text(a.get("memberId"));
      if (!absent.add(member)) {
        problems.add(names.name(member) + "同志的缺席登记了两次");
      }
    }
    Set<String> spoke = new HashSet<>();
    for (Map<String, Object> statement : s.entries("statements")) {
      String member = Values.text(statement.get("memberId"));
      if (length(Values.text(statement.get("summary"))) > 0) {
        if (!spoke.add(member)) {
          problems.add(names.name(member) + "同志的对照检查发言填写了两次");
        }
        if (absent.contains(member)) {
          problems.add(names.name(member) + "同志已登记为缺席，不能同时有发言记录");
        }
      }
    }
    for (Participant p : repository.findParticipants(meetingId)) {
      if (!spoke.contains(p.personId()) && !absent.contains(p.personId())) {
        problems.add("请记录" + names.name(p.personId()) + "同志的对照检查发言，或登记其缺席原因");
      }
    }
    List<Map<String, Object>> criticisms = s.entries("criticisms");
    for (int i = 0; i < criticisms.size(); i++) {
      Map<String, Object> c = criticisms.get(i);
      if (Objects.equals(Values.text(c.get("criticId")), Values.text(c.get("targetId")))) {
        problems.add("第 " + (i + 1) + " 条批评意见的批评人和被批评人是同一人：自我批评请记入本人的对照检查发言");
      }
      if (absent.contains(Values.text(c.get("criticId")))) {
        problems.add("第 " + (i + 1) + " 条批评意见的批评人已登记缺席");
      }
    }
  }

  private void checkCommentary(Submission s, Problems problems) {
    Set<String> covered = new HashSet<>();
    Set<String> lines = new HashSet<>();
    for (Map<String, Object> line : s.entries("memberCommentary")) {
      if (!lines.add(Values.text(line.get("memberId")))) {
        problems.add("对" + names.name(Values.text(line.get("memberId"))) + "同志的点评出现了两次");
      }
      if (length(Values.text(line.get("affirmation"))) > 0 && length(Values.text(line.get("problems"))) > 0) {
        covered.add(Values.text(line.get("memberId")));
      }
    }
    for (Participant p : repository.findParticipants(meetingId(s))) {
      if (!covered.contains(p.personId())) {
        problems.add("请对" + names.name(p.personId()) + "同志作出点评（肯定成绩和指出问题都要填写）");
      }
    }
  }

  private static void notInFuture(LocalDate date, String label, Problems problems) {
    if (date != null && date.isAfter(Clock.today())) {
      problems.add(label + "不能晚于今天");
    }
  }

  private static long meetingId(Submission s) {
    return scopeId(s, MeetingProcess.MEETING_ID);
  }

  private static long scopeId(Submission s, String variable) {
    return ((Number) s.variable(variable)).longValue();
  }

  private static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }
}
