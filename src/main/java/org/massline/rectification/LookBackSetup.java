package org.massline.rectification;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.organization.CamundaGroups;
import org.massline.organization.InstanceGrants;
import org.massline.organization.MeetingUnits;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.massline.organization.UnitAccess;
import org.massline.rectification.LookBackRepository.LookBackUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The look-back (回头看) of a unit and the units below it, once a year: started by its office, or on
 * {@code massline.look-back.opens-on} for every top unit ({@link LookBackCalendar}). Every unit below
 * with a principal to self-check and a superior leader to check it takes part.
 */
@Component("lookBackSetup")
public class LookBackSetup extends UnitProcessGuard {

  static final String NAME = "整改落实“回头看”";
  private static final SecureRandom SEEDS = new SecureRandom();

  private final LookBackRepository repository;
  private final LookBackSettings settings;
  private final InstanceGrants grants;

  public LookBackSetup(OrganizationRepository organization, MeetingUnits meetingUnits, UnitAccess unitAccess,
      LookBackRepository repository, LookBackSettings settings, InstanceGrants grants) {
    super(LookBackProcess.KEY, NAME, organization, meetingUnits, unitAccess);
    this.repository = repository;
    this.settings = settings;
    this.grants = grants;
  }

  /** Once a year per unit. */
  @Override
  protected Optional<Refusal> refusalOf(Unit unit) {
    int year = Clock.today().getYear();
    return repository.findLookBack(unit.id(), year).map(existing -> new Refusal(Refusal.CONFLICT,
        unit.name() + year + " 年的“回头看”已于 " + Clock.toLocalDate(existing.startedAt()) + " 开展，每年一次"));
  }

  /** {@code openLookBack}: the row with its seed, the units it covers, who works it. */
  public void open(DelegateExecution execution) {
    String unitId = execution.getProcessBusinessKey();
    refusal(unitId).ifPresent(r -> {
      throw Refusals.raise(r);
    });
    Unit unit = organization.findUnit(unitId).orElseThrow();
    long id;
    try {
      id = repository.insertLookBack(unitId, Clock.today().getYear(), SEEDS.nextLong(), settings.spotCheckShare(),
          execution.getProcessInstanceId());
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw Refusals.conflict(unit.name() + "的“回头看”刚刚已由他人发起，请勿重复发起");
    }
    covered(unitId).forEach(u -> repository.insertUnit(id, u));
    LookBackProcess.LOOK_BACK_ID.set(execution, id);
    LookBackProcess.UNIT_ID.set(execution, unitId);
    LookBackProcess.PRINCIPAL.set(execution, meetingUnits.principalOf(unitId).orElseThrow());
    LookBackProcess.OFFICE.set(execution, CamundaGroups.officeOf(unitId));
    LookBackProcess.SUPERVISION_GROUP.set(execution, unit.supervisionGroupId() == null ? null
        : CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  /** {@code drawSpotChecks}: the sample, from the seed the look-back recorded. */
  public void draw(DelegateExecution execution) {
    long id = LookBackProcess.LOOK_BACK_ID.from(execution);
    var lookBack = repository.findLookBack(id).orElseThrow();
    repository.markSampled(id, SpotCheckDraw.draw(units(id), lookBack.spotCheckShare(), lookBack.seed()));
  }

  /** The end event. */
  public void complete(DelegateExecution execution) {
    repository.complete(LookBackProcess.LOOK_BACK_ID.from(execution), "COMPLETED");
  }

  /** The units the look-back covers. */
  public List<String> units(long lookBackId) {
    return repository.findUnits(lookBackId).stream().map(LookBackUnit::unitId).toList();
  }

  /** The units drawn for spot checks. */
  public List<String> sample(long lookBackId) {
    return repository.findUnits(lookBackId).stream().filter(LookBackUnit::sampled).map(LookBackUnit::unitId).toList();
  }

  public String principalOf(String unitId) {
    return meetingUnits.principalOf(unitId).orElseThrow();
  }

  public String superiorLeaderOf(String unitId) {
    return organization.findUnit(unitId).orElseThrow().superiorLeaderId();
  }

  /** The unit and every unit below it that has a principal and a superior leader. */
  List<String> covered(String unitId) {
    List<Unit> all = organization.findAllUnits();
    List<String> covered = new ArrayList<>();
    List<String> frontier = new ArrayList<>(List.of(unitId));
    while (!frontier.isEmpty()) {
      String next = frontier.remove(0);
      Unit unit = all.stream().filter(u -> u.id().equals(next)).findFirst().orElseThrow();
      if (unit.superiorLeaderId() != null && meetingUnits.principalOf(next).isPresent()) {
        covered.add(next);
      }
      all.stream().filter(u -> next.equals(u.parentId())).map(Unit::id).forEach(frontier::add);
    }
    return covered;
  }
}
