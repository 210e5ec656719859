package org.massline.organization;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.massline.security.Grants;
import org.springframework.stereotype.Component;

/**
 * Grants READ on a process instance (runtime and history) to everyone {@link UnitAccess} says may
 * see the unit's work, so that Cockpit shows supervisors and superiors exactly their units.
 */
@Component
public class InstanceGrants {

  private final Grants grants;
  private final UnitAccess unitAccess;

  public InstanceGrants(Grants grants, UnitAccess unitAccess) {
    this.grants = grants;
    this.unitAccess = unitAccess;
  }

  /** Called from within the engine (a delegate), where the starting user may not create authorizations. */
  public void grantRead(String processInstanceId, String unitId) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      grantReadNow(processInstanceId, unitId);
    } else {
      context.runWithoutAuthorization(() -> {
        grantReadNow(processInstanceId, unitId);
        return null;
      });
    }
  }

  private void grantReadNow(String processInstanceId, String unitId) {
    for (String group : unitAccess.viewerGroups(unitId)) {
      grants.toGroup(group, PROCESS_INSTANCE, processInstanceId, READ);
      grants.toGroup(group, HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }
    for (String user : unitAccess.viewerUsers(unitId)) {
      // a superior leader or a contact-point cadre watches the unit in Cockpit without being in an office or a group
      grants.toUser(user, APPLICATION, "cockpit", ACCESS);
      grants.toUser(user, PROCESS_INSTANCE, processInstanceId, READ);
      grants.toUser(user, HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ);
    }
  }
}
