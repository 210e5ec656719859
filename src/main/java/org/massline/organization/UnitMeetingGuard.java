package org.massline.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.massline.forms.FormOption;
import org.massline.forms.Refusal;
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

  protected final MeetingUnits meetingUnits() {
    return meetingUnits;
  }
}
