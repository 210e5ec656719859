package org.massline.campaign;

import java.util.List;

import org.massline.meeting.ProblemsFound;
import org.springframework.stereotype.Component;

/**
 * The problem list of a unit's running campaign, for the meeting its stage 2 holds: the meeting's own
 * problem list starts from it, each problem raised by the masses (群众提) with the register numbers it
 * came from, and passes on to the rectification from there.
 */
@Component
public class CampaignProblems implements ProblemsFound {

  private final CampaignRepository repository;

  public CampaignProblems(CampaignRepository repository) {
    this.repository = repository;
  }

  @Override
  public List<FoundProblem> of(String unitId) {
    return repository.findRunningUnitCampaign(unitId).map(unit -> repository.findProblems(unit.id()).stream()
        .map(p -> new FoundProblem(p.wind(), p.description() + "（意见台账第 " + p.opinionNumbers() + " 条）")).toList())
        .orElse(List.of());
  }
}
