package org.massline.organization;

/**
 * The Camunda group ids derived from the organization model, in one place: BPMN candidate
 * groups, authorizations and the identity sync all name groups through this class.
 */
public final class CamundaGroups {

  /** Every campaign-office member, at any level: may start processes and watch in Cockpit. */
  public static final String CAMPAIGN_OFFICE = "campaign-office";
  /** Every member of any supervision group: may watch their units in Cockpit. */
  public static final String SUPERVISORS = "supervisors";
  /** Camunda's own administrators group (created by the starter's admin-user). */
  public static final String ADMINS = "camunda-admin";

  private CamundaGroups() {
  }

  /** The unit's leadership group (principal and members). */
  public static String leadershipOf(String unitId) {
    return unitId + "-leaders";
  }

  /** The unit's party branch (every member, including the leadership group). */
  public static String branchOf(String unitId) {
    return unitId + "-branch";
  }

  /** The unit's campaign office staff. */
  public static String officeOf(String unitId) {
    return unitId + "-office";
  }

  /** Supervision groups keep their own id as Camunda group id. */
  public static String supervisionGroup(String groupId) {
    return groupId;
  }
}
