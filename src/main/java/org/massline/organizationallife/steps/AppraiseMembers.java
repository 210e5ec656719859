package org.massline.organizationallife.steps;

import static org.massline.organizationallife.OrganizationalLifeMeetingProcess.LIFE_MEETING_ID;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.forms.Values;
import org.massline.organizationallife.AppraisalGrade;
import org.massline.organizationallife.LifeMeetingRepository;
import org.massline.organizationallife.OrganizationalLifeMeetingProcess;
import org.springframework.stereotype.Component;

/**
 * {@code appraiseMembers} (民主评议党员): one party member grades every other member of the branch,
 * 优秀 / 合格 / 基本合格 / 不合格. The form comes with one line per other member; the list must stay so.
 */
@Component(OrganizationalLifeMeetingProcess.APPRAISE_MEMBERS)
public class AppraiseMembers extends Step<AppraiseMembers.Ratings> {

  public record Ratings(List<Rating> ratings) {
    public Ratings {
      ratings = listOrEmpty(ratings);
    }
  }

  public record Rating(String member, AppraisalGrade grade) {
  }

  static final String RATINGS = "ratings";

  private final LifeMeetingRepository lifeMeetings;
  private final Branch branch;

  public AppraiseMembers(LifeMeetingRepository lifeMeetings, Branch branch) {
    this.lifeMeetings = lifeMeetings;
    this.branch = branch;
  }

  /** One line per member to grade, the grade left open. */
  @Override
  protected void show(DelegateTask task) {
    List<String> others = others(LIFE_MEETING_ID.from(task), OrganizationalLifeMeetingProcess.APPRAISER.from(task));
    task.setVariableLocal("appraisedOptions", branch.options(others));
    task.setVariableLocal(RATINGS, Values.json(others.stream().map(member -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("member", member);
      return line;
    }).toList()));
  }

  @Override
  protected void check(Ratings values, Submission submission, Problems problems) {
    Set<String> expected = new HashSet<>(others(submission.variable(LIFE_MEETING_ID),
        submission.variable(OrganizationalLifeMeetingProcess.APPRAISER)));
    Set<String> rated = new HashSet<>();
    for (Rating r : values.ratings()) {
      if (!rated.add(r.member())) {
        problems.add("对" + branch.name(r.member()) + "同志评议了不止一次");
      }
    }
    if (!rated.equals(expected)) {
      problems.add("评议名单应为本支部除本人以外的全体党员，请刷新后重新填写");
    }
  }

  @Override
  protected void complete(Ratings values, DelegateTask task) {
    long id = LIFE_MEETING_ID.from(task);
    String appraiser = OrganizationalLifeMeetingProcess.APPRAISER.from(task);
    values.ratings().forEach(r -> lifeMeetings.insertAppraisal(id, appraiser, r.member(), r.grade()));
  }

  private List<String> others(long lifeMeetingId, String appraiser) {
    return branch.members(lifeMeetingId).stream().filter(m -> !m.equals(appraiser)).toList();
  }
}
