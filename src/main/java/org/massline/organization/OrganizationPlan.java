package org.massline.organization;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a valid organization file asks for, with every default resolved: the rows to upsert.
 *
 * @param definedOrgs units and supervision groups defined by the file: their memberships are
 *     replaced by the file's; memberships in other (existing) units are only added to
 * @param contactPoints for each person of the file, all their contact points
 * @param inCharge for each person of the file, all the cadres and units they are in charge of (分管)
 * @param weak the units whose line states 软弱涣散: {@code true} flags the unit, {@code false} clears
 *     its flag; a unit not listed keeps its flag as it is
 */
public record OrganizationPlan(
    List<Unit> units,
    List<SupervisionGroup> groups,
    List<Person> persons,
    List<Membership> memberships,
    Set<String> definedOrgs,
    Map<String, Set<String>> contactPoints,
    Map<String, Set<String>> inCharge,
    Map<String, Boolean> weak) {
}
