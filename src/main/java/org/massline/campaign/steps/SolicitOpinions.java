package org.massline.campaign.steps;

import static org.massline.campaign.UnitCampaignProcess.CAMPAIGN_ID;
import static org.massline.campaign.UnitCampaignProcess.UNIT_CAMPAIGN_ID;
import static org.massline.campaign.UnitCampaignProcess.UNIT_ID;
import static org.massline.forms.Values.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.massline.campaign.CampaignRepository;
import org.massline.campaign.CampaignRepository.AskedUnit;
import org.massline.campaign.CampaignTexts;
import org.massline.campaign.OpinionChannel;
import org.massline.campaign.UnitCampaignProcess;
import org.massline.forms.Checks;
import org.massline.forms.Problems;
import org.massline.forms.Refusals;
import org.massline.forms.Step;
import org.massline.forms.Submission;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.PersonNames;
import org.massline.organization.UnitRole;
import org.massline.security.Actor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code solicitOpinions} (征求意见), one round at a time: whom the unit asked and when, each opinion
 * into the register with its source, channel, anonymity and the member it concerns. A leading organ
 * also asks the units it serves — and a unit another organ of the campaign has already asked is not
 * asked again (防止“一窝蜂”): its opinions are read there.
 */
@Component(UnitCampaignProcess.SOLICIT_OPINIONS)
public class SolicitOpinions extends Step<SolicitOpinions.Values> {

  /** Stands for the leadership group as a whole in the "concerns" choice. */
  static final String GROUP = "GROUP";

  public record Values(String audience, LocalDate heldOn, List<String> askedUnits, List<OpinionValues> opinions,
      Boolean moreRounds) {
    public Values {
      askedUnits = listOrEmpty(askedUnits);
      opinions = listOrEmpty(opinions);
    }
  }

  public record OpinionValues(String content, OpinionChannel channel, Boolean anonymous, String source,
      String concerns) {
  }

  private final CampaignRepository repository;
  private final CampaignTexts texts;
  private final OrganizationRepository organization;
  private final PersonNames persons;

  public SolicitOpinions(CampaignRepository repository, CampaignTexts texts, OrganizationRepository organization,
      PersonNames persons) {
    this.repository = repository;
    this.texts = texts;
    this.organization = organization;
    this.persons = persons;
  }

  @Override
  protected void show(DelegateTask task) {
    long id = UNIT_CAMPAIGN_ID.from(task);
    String unitId = UNIT_ID.from(task);
    task.setVariableLocal("register", texts.register(id));
    task.setVariableLocal("round", repository.findRounds(id).size() + 1);
    List<Map<String, Object>> concerns = new ArrayList<>();
    concerns.add(PersonNames.option("班子整体", GROUP));
    organization.findUnitMembers(unitId).stream()
        .filter(m -> m.role() == UnitRole.PRINCIPAL || m.role() == UnitRole.MEMBER)
        .forEach(m -> concerns.add(PersonNames.option(persons.name(m.personId()), m.personId())));
    task.setVariableLocal("concernsOptions", json(concerns));
    task.setVariableLocal("servedUnitOptions", json(organization.findChildren(unitId).stream()
        .map(u -> PersonNames.option(u.name(), u.id())).toList()));
  }

  @Override
  protected void check(Values values, Submission submission, Problems problems) {
    Checks.notInFuture(values.heldOn(), "征求意见的日期", problems);
    if (values.opinions().isEmpty()) {
      problems.add("请至少登记一条意见");
    }
    int n = 0;
    for (OpinionValues o : values.opinions()) {
      n++;
      if (!Boolean.TRUE.equals(o.anonymous()) && Checks.length(o.source()) < 2) {
        problems.add("第 " + n + " 条意见不是匿名的：请写明提出人或单位");
      }
    }
    for (AskedUnit asked : repository.findAskedUnits(submission.variable(CAMPAIGN_ID), values.askedUnits())) {
      problems.add(alreadyAsked(asked));
    }
  }

  private String alreadyAsked(AskedUnit asked) {
    return texts.unitName(asked.unitId()) + "已于 " + asked.heldOn() + " 由" + texts.unitName(asked.askedBy())
        + "征求过意见，不再重复征求（防止“一窝蜂”），请调阅其意见台账";
  }

  @Override
  protected void complete(Values values, DelegateTask task) {
    long id = UNIT_CAMPAIGN_ID.from(task);
    long campaignId = CAMPAIGN_ID.from(task);
    long round = repository.insertRound(id, values.audience(), values.heldOn(), Actor.of(task));
    for (String unit : values.askedUnits()) {
      try {
        repository.insertAskedUnit(round, campaignId, unit);
      } catch (DuplicateKeyException askedAtTheSameTime) {
        throw Refusals.conflict(repository.findAskedUnits(campaignId, List.of(unit)).stream().findFirst()
            .map(this::alreadyAsked).orElse(texts.unitName(unit) + "刚刚已由其他单位征求过意见，不再重复征求"));
      }
    }
    for (OpinionValues o : values.opinions()) {
      boolean anonymous = Boolean.TRUE.equals(o.anonymous());
      repository.insertOpinion(round, id, anonymous ? "匿名" : o.source().trim(), o.channel(), anonymous,
          o.concerns() == null || GROUP.equals(o.concerns()) ? null : o.concerns(), o.content());
    }
    UnitCampaignProcess.MORE_ROUNDS.set(task.getExecution(), Boolean.TRUE.equals(values.moreRounds()));
  }
}
