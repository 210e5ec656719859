package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;
import static org.massline.forms.Values.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignRepository.Opinion;
import org.massline.campaign.CampaignRepository.ProblemText;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.forms.Problems;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.meeting.Wind;
import org.massline.security.Actor;
import org.springframework.stereotype.Component;

/**
 * {@code listProblems} (形成问题清单): the principal builds the unit's problem list from the opinion
 * register — each problem tagged with its wind and traced to the opinions it comes from, by their
 * numbers. The list then goes to the meeting the unit's category holds; every version is kept.
 */
@Component(UnitCampaignProcess.LIST_PROBLEMS)
public class ListProblems extends Step<ListProblems.Values> {

  public record Values(List<ProblemValues> problems) {
    public Values {
      problems = listOrEmpty(problems);
    }
  }

  public record ProblemValues(Wind wind, String description, String opinions) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;

  public ListProblems(CampaignRepository repository, CampaignTexts texts) {
    this.repository = repository;
    this.texts = texts;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = UNIT_CAMPAIGN_ID.from(task);
    task.setVariableLocal("register", texts.register(id));
    List<Map<String, Object>> last = new ArrayList<>();
    repository.findProblems(id).forEach(p -> last.add(Map.of("wind", p.wind().name(), "description", p.description(),
        "opinions", p.opinionNumbers())));
    if (!last.isEmpty()) {
      task.setVariableLocal("problems", json(last));
    }
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    if (values.problems().isEmpty()) {
      problems.add("问题清单还是空的：请从意见台账中梳理出问题");
    }
    Set<Integer> numbers = repository.findOpinions(submission.variable(UNIT_CAMPAIGN_ID)).stream()
        .map(Opinion::number).collect(Collectors.toSet());
    int n = 0;
    for (ProblemValues p : values.problems()) {
      n++;
      Set<Integer> cited = numbers(p.opinions());
      if (cited == null || cited.isEmpty()) {
        problems.add("第 " + n + " 个问题：请写明它来自意见台账中的哪些意见（编号，以逗号分隔，如 1,3）");
      } else {
        List<Integer> unknown = cited.stream().filter(c -> !numbers.contains(c)).toList();
        if (!unknown.isEmpty()) {
          problems.add("第 " + n + " 个问题引用的意见 " + unknown.stream().map(String::valueOf)
              .collect(Collectors.joining("、")) + " 不在意见台账中");
        }
      }
    }
  }

  /** "1, 3，5" as numbers; null when something else is written. */
  static Set<Integer> numbers(String text) {
    Set<Integer> numbers = new LinkedHashSet<>();
    if (text == null) {
      return numbers;
    }
    for (String part : text.split("[,，、\\s]+")) {
      if (part.isEmpty()) {
        continue;
      }
      if (!part.matches("\\d{1,6}")) {
        return null;
      }
      numbers.add(Integer.parseInt(part));
    }
    return numbers;
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    repository.insertProblems(UNIT_CAMPAIGN_ID.from(task), values.problems().stream()
        .map(p -> new ProblemText(p.wind(), p.description(), numbers(p.opinions()).stream().map(String::valueOf)
            .collect(Collectors.joining(","))))
        .toList(), Actor.of(task));
  }
}
