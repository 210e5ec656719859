package org.massline.organization;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.massline.app.Clock;
import org.massline.forms.FormOption;
import org.massline.forms.Refusal;
import org.massline.forms.Refusals;
import org.massline.forms.StartGuard;
import org.massline.forms.Variable;

/**
 * The start rules of a meeting held by a unit (business key: the unit id, or the start form's unit):
 * its office starts it, for units of the category that holds it, with a principal; then each
 * meeting's own rules ({@link #refusalOf(Unit)}).
 */
public abstract class UnitMeetingGuard implements StartGuard {

  private final String processKey;
  private final String meetingName;
  private final Variable<String> unitId;
  private final MeetingUnits meetingUnits;
  private final OrganizationRepository organization;

  protected UnitMeetingGuard(String processKey, String meetingName, Variable<String> unitId, MeetingUnits meetingUnits,
      OrganizationRepository organization) {
    this.processKey = processKey;
    this.meetingName = meetingName;
    this.unitId = unitId;
    this.meetingUnits = meetingUnits;
    this.organization = organization;
  }

  @Override
  public final String processKey() {
    return processKey;
  }

  /** The start form names the unit whose meeting it is. */
  @Override
  public final String businessKeyOf(Map<String, Object> startValues) {
    return unitId.from(startValues);
  }

  /** The units this office may start the meeting for, by name. */
  @Override
  public final Map<String, List<FormOption>> startFormOptions(String userId, List<String> groups) {
    return meetingUnits.startFormOptions(groups, processKey);
  }

  @Override
  public final Optional<Refusal> refusal(String unit) {
    return meetingUnits.refusal(unit, processKey, meetingName)
        .or(() -> refusalOf(organization.findUnit(unit).orElseThrow()));
  }

  @Override
  public final Optional<Refusal> refusalFor(String unit, String userId, List<String> groups) {
    return meetingUnits.forbidden(unit, groups, meetingName).or(() -> refusal(unit));
  }

  /** Why this meeting cannot run for a unit that may hold meetings of its kind, or empty. */
  protected abstract Optional<Refusal> refusalOf(Unit unit);

  /** A meeting needs someone for the superior and a supervision group; each reason says what is left undone. */
  protected static Optional<Refusal> withoutSuperiorOrSupervision(Unit unit, String noSuperior, String noSupervision) {
    if (unit.superiorLeaderId() == null) {
      return MeetingUnits.invalid("单位“" + unit.name() + "”没有上级联系领导，" + noSuperior);
    }
    if (unit.supervisionGroupId() == null) {
      return MeetingUnits.invalid("单位“" + unit.name() + "”没有督导组，" + noSupervision);
    }
    return Optional.empty();
  }

  /** A unit holds one meeting of a process at a time. */
  protected static Refusal alreadyRunning(Unit unit, String title, Date startedAt) {
    return new Refusal(Refusal.CONFLICT, unit.name() + "已有一次正在进行的“" + title + "”（" + Clock.toLocalDate(startedAt)
        + " 发起），须待其结束后再发起");
  }

  /** The first step of a meeting: the start's rules once more, in its own transaction, and the unit. */
  protected final Unit unitToOpen(DelegateExecution execution) {
    String unit = execution.getProcessBusinessKey();
    refusal(unit).ifPresent(refusal -> {
      throw Refusals.raise(refusal);
    });
    return organization.findUnit(unit).orElseThrow();
  }

  protected final MeetingUnits meetingUnits() {
    return meetingUnits;
  }
}
