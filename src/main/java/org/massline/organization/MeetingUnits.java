package org.massline.organization;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.massline.forms.FormOption;
import org.massline.forms.Refusal;
import org.springframework.stereotype.Component;

/**
 * Which units may hold a meeting of a type, and who may start one for them: the rules every
 * meeting's start shares (its own, such as a superior to review, come after them).
 */
@Component
public class MeetingUnits {

  /** The start forms' choice of unit ({@code valuesKey} of their {@code unitId} select). */
  public static final String STARTABLE_UNITS = "startableUnits";

  private final OrganizationRepository organization;
  private final UnitAccess unitAccess;
  private final CategoryGuidanceDecision categories;

  public MeetingUnits(OrganizationRepository organization, UnitAccess unitAccess, CategoryGuidanceDecision categories) {
    this.organization = organization;
    this.unitAccess = unitAccess;
    this.categories = categories;
  }

  /** The units these groups may start a meeting of this type for, that have a principal to hold it, by name. */
  public Map<String, List<FormOption>> startFormOptions(List<String> groups, String meetingType) {
    Set<String> withPrincipal = organization.findAllMemberships().stream()
        .filter(m -> m.role() == UnitRole.PRINCIPAL).map(Membership::orgId).collect(Collectors.toSet());
    Map<UnitCategory, Boolean> holds = new EnumMap<>(UnitCategory.class);
    return Map.of(STARTABLE_UNITS, unitAccess.startableUnits(groups).stream()
        .filter(unit -> withPrincipal.contains(unit.id()))
        .filter(unit -> holds.computeIfAbsent(unit.category(), c -> meetingType.equals(categories.of(c).meetingType())))
        .map(unit -> new FormOption(unit.name(), unit.id())).toList());
  }

  /** Why a unit cannot hold a meeting of this type at all: unknown, of a category that holds another, no principal. */
  public Optional<Refusal> refusal(String unitId, String meetingType, String meetingName) {
    if (unitId == null || unitId.isBlank()) {
      return invalid("必须以单位编号作为业务键（businessKey）发起，例如 dh-county");
    }
    Optional<Unit> unit = organization.findUnit(unitId);
    if (unit.isEmpty()) {
      return invalid("单位“" + unitId + "”不存在");
    }
    CategoryGuidance guidance = categories.of(unit.get().category());
    if (!meetingType.equals(guidance.meetingType())) {
      return invalid("单位“" + unit.get().name() + "”属于“" + unit.get().category().label() + "”，按分类指导召开"
          + guidance.meetingName() + "，不召开" + meetingName);
    }
    if (principalOf(unitId).isEmpty()) {
      return invalid("单位“" + unit.get().name() + "”没有主要负责同志，不能召开" + meetingName);
    }
    return Optional.empty();
  }

  /** Another unit's office may not start one: a forged meeting would be an official record. */
  public Optional<Refusal> forbidden(String unitId, List<String> groups, String meetingName) {
    boolean known = unitId != null && organization.findUnit(unitId).isPresent();
    if (known && !unitAccess.canStart(groups, unitId)) {
      return Optional.of(new Refusal(Refusal.FORBIDDEN,
          "只有本单位或上级单位的教育实践活动办公室可以为“" + unitId + "”发起" + meetingName));
    }
    return Optional.empty();
  }

  public Optional<String> principalOf(String unitId) {
    return organization.findUnitMembers(unitId).stream().filter(m -> m.role() == UnitRole.PRINCIPAL)
        .map(Membership::personId).findFirst();
  }

  public static Optional<Refusal> invalid(String reason) {
    return Optional.of(new Refusal(Refusal.BAD_REQUEST, reason));
  }
}
