package org.massline.rectification;

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
import org.massline.rectification.RectificationRepository.LedgerItem;
import org.massline.rectification.RectificationRepository.Plan;
import org.massline.rectification.RectificationRepository.PlanItem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Starts and opens a unit's rectification (business key: the unit id), started by its campaign office
 * (later also as the unit campaign's stage 3) once its meetings have found the problems: it takes up
 * what they handed off, whatever no earlier rectification took. One runs per unit at a time; it needs
 * a principal to draft the plan, a superior to review it and a supervision group.
 */
@Component("rectificationSetup")
public class RectificationSetup extends UnitProcessGuard {

  static final String NAME = "整改落实";

  private final RectificationRepository repository;
  private final UnitProblems problems;
  private final InstanceGrants grants;
  private final RectificationSettings settings;

  public RectificationSetup(OrganizationRepository organization, MeetingUnits meetingUnits, UnitAccess unitAccess,
      RectificationRepository repository, UnitProblems problems, InstanceGrants grants,
      RectificationSettings settings) {
    super(RectificationProcess.KEY, NAME, organization, meetingUnits, unitAccess);
    this.repository = repository;
    this.problems = problems;
    this.grants = grants;
    this.settings = settings;
  }

  @Override
  protected Optional<Refusal> refusalOf(Unit unit) {
    if (unit.superiorLeaderId() == null) {
      return MeetingUnits.invalid("单位“" + unit.name() + "”没有上级联系领导，无人审核整改方案");
    }
    if (unit.supervisionGroupId() == null) {
      return MeetingUnits.invalid("单位“" + unit.name() + "”没有督导组，无人对整改方案提出意见");
    }
    return repository.findOpenRectification(unit.id()).map(open -> new Refusal(Refusal.CONFLICT,
        unit.name() + "已有正在进行的整改落实（" + Clock.toLocalDate(open.startedAt())
            + " 发起），新查摆的问题在其结束后的下一轮整改中列入"));
  }

  /** The first step ({@code openRectification}): the rules once more, the row, the unit's problems, who works it. */
  public void open(DelegateExecution execution) {
    String unitId = execution.getProcessBusinessKey();
    refusal(unitId).ifPresent(r -> {
      throw Refusals.raise(r);
    });
    Unit unit = organization.findUnit(unitId).orElseThrow();
    long id;
    try {
      id = repository.insertRectification(unitId, execution.getProcessInstanceId());
    } catch (DuplicateKeyException startedAtTheSameTime) {
      throw Refusals.conflict(unit.name() + "的整改落实刚刚已由他人发起，请勿重复发起");
    }
    problems.gather(id, unitId);
    RectificationProcess.RECTIFICATION_ID.set(execution, id);
    RectificationProcess.UNIT_ID.set(execution, unitId);
    RectificationProcess.PRINCIPAL.set(execution, meetingUnits.principalOf(unitId).orElseThrow());
    RectificationProcess.SUPERIOR_LEADER.set(execution, unit.superiorLeaderId());
    RectificationProcess.SUPERVISION_GROUP.set(execution, CamundaGroups.supervisionGroup(unit.supervisionGroupId()));
    grants.grantRead(execution.getProcessInstanceId(), unitId);
  }

  /**
   * {@code openLedger}: every item of the approved plan becomes a ledger item of the unit, to be
   * closed (销号) on its own; the unit's category says whether the masses must accept it.
   */
  public void openLedger(DelegateExecution execution) {
    long id = RectificationProcess.RECTIFICATION_ID.from(execution);
    String unitId = RectificationProcess.UNIT_ID.from(execution);
    boolean publicAcceptance = settings.needsPublicAcceptance(organization.findUnit(unitId).orElseThrow().category());
    Plan plan = repository.findLatestPlan(id).orElseThrow();
    for (PlanItem item : repository.findPlanItems(plan.id())) {
      repository.insertLedgerItem(unitId, id, item.id(), false, item.text(), publicAcceptance,
          LedgerItemStatus.IN_PROGRESS);
    }
    repository.updateStatus(id, RectificationStatus.IN_PROGRESS);
  }

  /** The items the rectification tracks (its quick fixes are closed already). */
  public List<Long> ledgerItemIds(long rectificationId) {
    return repository.findLedgerItemsOfRectification(rectificationId).stream()
        .filter(item -> item.status() != LedgerItemStatus.CLOSED).map(LedgerItem::id).toList();
  }

  /** The end event: every item closed. */
  public void complete(DelegateExecution execution) {
    repository.release(RectificationProcess.RECTIFICATION_ID.from(execution), RectificationStatus.COMPLETED);
  }

  /** The end listener, also when an administrator cancels it: the unit may start its next one. */
  public void release(DelegateExecution execution) {
    Long id = RectificationProcess.RECTIFICATION_ID.from(execution);
    if (id != null) {
      repository.release(id, RectificationStatus.CANCELLED);
    }
  }
}
