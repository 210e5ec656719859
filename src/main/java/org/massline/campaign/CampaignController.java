package org.massline.campaign;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.massline.app.Clock;
import org.massline.campaign.CampaignProgress.Progress;
import org.massline.campaign.CampaignRepository.Campaign;
import org.massline.campaign.CampaignRepository.Gate;
import org.massline.campaign.CampaignRepository.Plan;
import org.massline.campaign.CampaignRepository.PlanReview;
import org.massline.campaign.CampaignRepository.Problem;
import org.massline.campaign.CampaignRepository.Report;
import org.massline.campaign.CampaignRepository.StagePlan;
import org.massline.campaign.CampaignRepository.StudySession;
import org.massline.campaign.CampaignRepository.UnitCampaign;
import org.massline.campaign.CampaignRepository.UnitRecord;
import org.massline.organization.UnitAccess;
import org.massline.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Campaigns through the API: those a person may see, one campaign with its plan versions and reports,
 * its progress by tier and stage, and one unit's stages, gates and records. A campaign is seen by whoever
 * may see its office's unit; a unit's own view also by whoever may see that unit (its contact-point cadre).
 */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

  public record CampaignView(Campaign campaign, String unitName, List<Plan> plans, List<PlanReview> reviews,
      List<Report> reports) {
  }

  public record GateView(Gate gate, String stageLabel, List<String> failedCheckLabels) {
  }

  public record StageView(Stage stage, String label, StagePlan plan, boolean late) {
  }

  public record UnitView(UnitCampaign unitCampaign, String unitName, String statusLabel, List<StageView> stages,
      List<GateView> gates, List<UnitRecord> records, List<StudySession> studySessions, int opinionRounds,
      int opinions, List<Problem> problems) {
  }

  private final CampaignRepository repository;
  private final CampaignProgress progress;
  private final CampaignTexts texts;
  private final UnitAccess unitAccess;
  private final CurrentUser currentUser;

  public CampaignController(CampaignRepository repository, CampaignProgress progress, CampaignTexts texts,
      UnitAccess unitAccess, CurrentUser currentUser) {
    this.repository = repository;
    this.progress = progress;
    this.texts = texts;
    this.unitAccess = unitAccess;
    this.currentUser = currentUser;
  }

  @GetMapping
  public List<Campaign> campaigns() {
    return repository.findCampaigns().stream().filter(c -> mayView(c.unitId())).toList();
  }

  @GetMapping("/{id}")
  public CampaignView campaign(@PathVariable long id) {
    Campaign campaign = visible(id);
    return new CampaignView(campaign, texts.unitName(campaign.unitId()), repository.findPlans(id),
        repository.findPlanReviews(id), repository.findReports(id));
  }

  @GetMapping("/{id}/progress")
  public Progress progress(@PathVariable long id) {
    return progress.of(visible(id));
  }

  @GetMapping("/{id}/units/{unit}")
  public UnitView unit(@PathVariable long id, @PathVariable String unit) {
    Campaign campaign = repository.findCampaign(id).orElseThrow(() -> notFound(id));
    UnitCampaign unitCampaign = repository.findUnitCampaign(campaign.id(), unit)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "单位“" + unit + "”不在这次教育实践活动中"));
    if (!mayView(unit) && !mayView(campaign.unitId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看该单位的教育实践活动");
    }
    long ucId = unitCampaign.id();
    Timestamp now = Clock.now();
    List<StageView> stages = repository.findStages(ucId).stream().map(plan -> new StageView(plan.stage(),
        plan.stage().label(), plan, plan.passedAt() == null && plan.plannedEnd().before(now))).toList();
    List<GateView> gates = repository.findGates(ucId).stream().map(gate -> new GateView(gate, gate.stage().label(),
        gate.failedChecks() == null ? List.of() : Arrays.stream(gate.failedChecks().split(","))
            .map(check -> NoPass.valueOf(check).label()).toList())).toList();
    return new UnitView(unitCampaign, texts.unitName(unit), unitCampaign.status().label(), stages, gates,
        repository.findUnitRecords(ucId), repository.findStudySessions(ucId), repository.findRounds(ucId).size(),
        repository.findOpinions(ucId).size(), repository.findProblems(ucId));
  }

  private Campaign visible(long id) {
    Campaign campaign = repository.findCampaign(id).orElseThrow(() -> notFound(id));
    if (!mayView(campaign.unitId())) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "无权查看这次教育实践活动");
    }
    return campaign;
  }

  private boolean mayView(String unitId) {
    return unitAccess.canView(currentUser.id(), currentUser.groups(), unitId);
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "教育实践活动“" + id + "”不存在");
  }
}
