package org.massline.meeting.steps;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.Intervention;
import org.massline.meeting.MeetingProcess;
import org.massline.meeting.MeetingRepository;
import org.massline.meeting.MeetingRepository.Criticism;
import org.massline.meeting.MeetingRepository.MeetingRecord;
import org.massline.meeting.MeetingStatus;
import org.massline.meeting.MeetingVerdict;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code giveCommentary} (督导组点评): the supervision group's commentary on the group and on each
 * member, each affirming and pointing out problems, and its verdict: the meeting passes, or is held
 * again (重开) for the reasons given — criticism not serious is a no-pass (六个不放过). The supervisors
 * who sat in record here their own interventions at the meeting (绕、躲、虚、偏) and whether each was
 * corrected there.
 */
@Component(MeetingProcess.GIVE_COMMENTARY)
public class GiveCommentary extends Step<GiveCommentary.Values> {

  public record Values(String groupAffirmation, String groupProblems, String groupRequirements,
      List<MemberCommentary> memberCommentary, List<InterventionLine> interventions, MeetingVerdict verdict,
      String verdictReasons) {
    public Values {
      memberCommentary = listOrEmpty(memberCommentary);
      interventions = listOrEmpty(interventions);
    }
  }

  public record InterventionLine(String supervisorId, Intervention kind, String targetId, boolean corrected,
      String note) {
  }

  public record MemberCommentary(String memberId, String affirmation, String problems, String requirements) {
  }

  private final MeetingRepository repository;
  private final MeetingPeople people;

  public GiveCommentary(MeetingRepository repository, MeetingPeople people) {
    this.repository = repository;
    this.people = people;
  }

  /** What was said at the meeting, and one commentary line per member. */
  @Override
  protected void show(DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    StringBuilder context = new StringBuilder();
    repository.findLatestRecord(meetingId).ifPresent(r -> {
      context.append("会议于 ").append(r.heldOn()).append(" 召开。");
      repository.findStatements(r.id()).forEach(s -> context.append("\n\n")
          .append(people.name(s.personId())).append(" 的对照检查发言：").append(s.summary()));
      List<Criticism> criticisms = repository.findCriticisms(r.id());
      context.append("\n\n相互批评共 ").append(criticisms.size()).append(" 条。");
      criticisms.forEach(c -> context.append("\n· ").append(people.name(c.criticId())).append(" 对 ")
          .append(people.name(c.targetId())).append("：").append(c.content()));
      repository.findMakeUps(r.id()).forEach(u -> context.append("\n\n").append(people.name(u.personId()))
          .append(" 缺席，补课提交书面发言：").append(u.statement()).append("\n对其他成员的批评：").append(u.criticisms())
          .append("\n对所受批评的回应：").append(u.response()));
    });
    task.setVariableLocal("meetingRecord", context.toString().trim());
    List<String> members = people.participants(meetingId);
    List<Map<String, Object>> lines = new ArrayList<>();
    for (String member : members) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("memberId", member);
      line.put("memberName", people.name(member));
      line.put("affirmation", "");
      line.put("problems", "");
      line.put("requirements", "");
      lines.add(line);
    }
    task.setVariableLocal("memberCommentary", org.massline.forms.Values.json(lines));
    task.setVariableLocal("memberOptions", people.options(members));
    task.setVariableLocal("supervisorOptions", people.options(repository.findLatestRecord(meetingId)
        .map(MeetingRecord::supervisorIdsPresent).orElse(List.of())));
  }

  @Override
  protected void check(Values commentary, Submission submission, Problems problems) {
    Set<String> covered = new HashSet<>();
    Set<String> lines = new HashSet<>();
    for (MemberCommentary line : commentary.memberCommentary()) {
      if (!lines.add(line.memberId())) {
        problems.add("对" + people.name(line.memberId()) + "同志的点评出现了两次");
      }
      if (Checks.length(line.affirmation()) > 0 && Checks.length(line.problems()) > 0) {
        covered.add(line.memberId());
      }
    }
    long meetingId = submission.variable(MeetingProcess.MEETING_ID);
    for (String member : people.participants(meetingId)) {
      if (!covered.contains(member)) {
        problems.add("请对" + people.name(member) + "同志作出点评（肯定成绩和指出问题都要填写）");
      }
    }
    List<String> present = repository.findLatestRecord(meetingId).map(MeetingRecord::supervisorIdsPresent)
        .orElse(List.of());
    for (int i = 0; i < commentary.interventions().size(); i++) {
      InterventionLine line = commentary.interventions().get(i);
      if (!present.contains(line.supervisorId())) {
        problems.add("第 " + (i + 1) + " 条提醒纠正的督导组成员未登记为列席会议");
      }
      if (line.targetId() != null && !line.targetId().isBlank() && !people.participants(meetingId).contains(line.targetId())) {
        problems.add("第 " + (i + 1) + " 条提醒纠正涉及的人员不是本次会议的班子成员");
      }
    }
    if (commentary.verdict() == MeetingVerdict.HOLD_AGAIN && Checks.length(commentary.verdictReasons()) < 10) {
      problems.add("会议须重开时请写明理由（至少 10 字）");
    }
  }

  /** On the group and on each member; the interventions beside the meeting's record. */
  @Override
  protected void complete(Values commentary, DelegateTask task) {
    long meetingId = MeetingProcess.MEETING_ID.from(task);
    String supervisor = Actor.of(task);
    long recordId = repository.findLatestRecord(meetingId).orElseThrow().id();
    commentary.interventions().forEach(i -> repository.insertIntervention(recordId, i.supervisorId(), i.kind(),
        Checks.blankToNull(i.targetId()), i.note(), i.corrected()));
    repository.insertCommentary(meetingId, null, supervisor, commentary.groupAffirmation(), commentary.groupProblems(),
        commentary.groupRequirements());
    for (MemberCommentary line : commentary.memberCommentary()) {
      repository.insertCommentary(meetingId, line.memberId(), supervisor, orEmpty(line.affirmation()),
          orEmpty(line.problems()), orEmpty(line.requirements()));
    }
    boolean passed = commentary.verdict() == MeetingVerdict.PASS;
    repository.insertVerdict(meetingId, recordId, supervisor, passed,
        Checks.blankToNull(commentary.verdictReasons()));
    MeetingProcess.MEETING_PASSED.set(task, passed);
    repository.updateStatus(meetingId, passed ? MeetingStatus.COMMENTED : MeetingStatus.TO_BE_HELD_AGAIN);
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
