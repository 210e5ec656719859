package org.massline.organization;

/** A person's role in a unit or (for supervision roles) in a supervision group. */
public record Membership(String personId, String orgId, UnitRole role) {
}
