package org.massline.organizationallife;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.organizationallife.LifeMeetingRepository.Appraisal;
import org.massline.organizationallife.LifeMeetingRepository.AppraisalResult;
import org.massline.organizationallife.LifeMeetingRepository.Participant;
import org.springframework.stereotype.Component;

/**
 * Tallies 民主评议党员 ({@code tallyAppraisal}): each member's grades from the others, and the
 * result kept. 优秀 and 不合格 each take more than half of the votes; otherwise a member is 合格
 * when more than half rated them 合格 or better, else 基本合格.
 */
@Component("memberAppraisalTally")
public class MemberAppraisalTally {

  private final LifeMeetingRepository lifeMeetings;

  public MemberAppraisalTally(LifeMeetingRepository lifeMeetings) {
    this.lifeMeetings = lifeMeetings;
  }

  public void tally(DelegateExecution execution) {
    long id = OrganizationalLifeMeetingProcess.LIFE_MEETING_ID.from(execution);
    List<Appraisal> appraisals = lifeMeetings.findAppraisals(id);
    int unqualified = 0;
    for (Participant member : lifeMeetings.findParticipants(id)) {
      Map<AppraisalGrade, Integer> votes = new EnumMap<>(AppraisalGrade.class);
      for (AppraisalGrade grade : AppraisalGrade.values()) {
        votes.put(grade, 0);
      }
      appraisals.stream().filter(a -> a.memberId().equals(member.personId()))
          .forEach(a -> votes.merge(a.grade(), 1, Integer::sum));
      AppraisalGrade grade = result(votes);
      lifeMeetings.insertResult(new AppraisalResult(id, member.personId(), votes.get(AppraisalGrade.EXCELLENT),
          votes.get(AppraisalGrade.QUALIFIED), votes.get(AppraisalGrade.BASICALLY_QUALIFIED),
          votes.get(AppraisalGrade.UNQUALIFIED), grade));
      if (grade == AppraisalGrade.UNQUALIFIED) {
        unqualified++;
      }
    }
    OrganizationalLifeMeetingProcess.UNQUALIFIED_COUNT.set(execution, unqualified);
    lifeMeetings.updateStatus(id, unqualified > 0 ? LifeMeetingStatus.FOLLOW_UP : LifeMeetingStatus.ACKNOWLEDGING);
  }

  static AppraisalGrade result(Map<AppraisalGrade, Integer> votes) {
    int total = votes.values().stream().mapToInt(Integer::intValue).sum();
    if (2 * votes.get(AppraisalGrade.EXCELLENT) > total) {
      return AppraisalGrade.EXCELLENT;
    }
    if (2 * votes.get(AppraisalGrade.UNQUALIFIED) > total) {
      return AppraisalGrade.UNQUALIFIED;
    }
    return 2 * (votes.get(AppraisalGrade.EXCELLENT) + votes.get(AppraisalGrade.QUALIFIED)) > total
        ? AppraisalGrade.QUALIFIED : AppraisalGrade.BASICALLY_QUALIFIED;
  }

  /** The members appraised 不合格, for each of whom the branch records a follow-up. */
  public List<String> unqualified(long lifeMeetingId) {
    return lifeMeetings.findResults(lifeMeetingId).stream().filter(r -> r.grade() == AppraisalGrade.UNQUALIFIED)
        .map(AppraisalResult::memberId).toList();
  }
}
