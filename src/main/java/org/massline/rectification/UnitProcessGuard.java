package org.massline.rectification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.massline.forms.FormOption;
import org.massline.forms.Refusal;
import org.massline.forms.StartGuard;
import org.massline.organization.MeetingUnits;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.massline.organization.UnitAccess;

/**
 * The start rules rectification's processes share: started by a campaign office for one of its units
 * (the business key, or the start form's {@code unitId}), which has a principal to answer for it; each
 * process adds its own refusals for the unit.
 */
abstract class UnitProcessGuard implements StartGuard {

  protected final OrganizationRepository organization;
  protected final MeetingUnits meetingUnits;
  private final UnitAccess unitAccess;
  private final String key;
  private final String name;

  UnitProcessGuard(String key, String name, OrganizationRepository organization, MeetingUnits meetingUnits,
      UnitAccess unitAccess) {
    this.key = key;
    this.name = name;
    this.organization = organization;
    this.meetingUnits = meetingUnits;
    this.unitAccess = unitAccess;
  }

  @Override
  public String processKey() {
    return key;
  }

  @Override
  public String businessKeyOf(Map<String, Object> startValues) {
    return RectificationProcess.UNIT_ID.from(startValues);
  }

  /** The office's units that have a principal, by name. */
  @Override
  public Map<String, List<FormOption>> startFormOptions(String userId, List<String> groups) {
    return Map.of(MeetingUnits.STARTABLE_UNITS, unitAccess.startableUnits(groups).stream()
        .filter(unit -> meetingUnits.principalOf(unit.id()).isPresent())
        .map(unit -> new FormOption(unit.name(), unit.id())).toList());
  }

  @Override
  public final Optional<Refusal> refusal(String unitId) {
    if (unitId == null || unitId.isBlank()) {
      return MeetingUnits.invalid("必须以单位编号作为业务键（businessKey）发起，例如 dh-county");
    }
    Optional<Unit> unit = organization.findUnit(unitId);
    if (unit.isEmpty()) {
      return MeetingUnits.invalid("单位“" + unitId + "”不存在");
    }
    if (meetingUnits.principalOf(unitId).isEmpty()) {
      return MeetingUnits.invalid("单位“" + unit.get().name() + "”没有主要负责同志，不能开展" + name);
    }
    return refusalOf(unit.get());
  }

  /** This process's own reasons why the unit cannot run it now. */
  protected abstract Optional<Refusal> refusalOf(Unit unit);

  @Override
  public Optional<Refusal> refusalFor(String unitId, String userId, List<String> groups) {
    return meetingUnits.forbidden(unitId, groups, name).or(() -> refusal(unitId));
  }
}
