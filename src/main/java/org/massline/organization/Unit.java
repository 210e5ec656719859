package org.massline.organization;

/** A participating unit (参加单位) as the organization tables keep it. */
public record Unit(
    String id,
    String name,
    UnitCategory category,
    int tier,
    String parentId,
    String region,
    String superiorUnitId,
    String superiorLeaderId,
    String supervisionGroupId) {
}
