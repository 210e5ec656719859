package org.massline.organization;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import org.massline.forms.StartGuards;
import org.massline.security.AccountsPlugin;
import org.massline.security.Grants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The standing Camunda authorizations, granted at every start (idempotently). Everything else is
 * granted per process instance, to the unit's viewers (see {@code UnitAccess}).
 * <ul>
 *   <li>everyone: Tasklist, and reading process and decision definitions (names, diagrams, forms);</li>
 *   <li>campaign offices: Cockpit, and starting the processes people may start ({@link StartGuards});
 *       every other process is started by the engine alone;</li>
 *   <li>supervisors: Cockpit (they see only the instances of the units they cover).</li>
 * </ul>
 * Users may read their own account and change their password, not delete it.
 * Tasks need no grant here: Camunda authorizes assignees and candidates on each task.
 * Deployments stay with {@code camunda-admin}.
 */
@Component
@Order(20)
public class BaselineAuthorizations implements ApplicationRunner {

  private final Grants grants;
  private final StartGuards startGuards;

  public BaselineAuthorizations(Grants grants, StartGuards startGuards) {
    this.grants = grants;
    this.startGuards = startGuards;
  }

  @Override
  public void run(ApplicationArguments args) {
    grants.toEveryone(APPLICATION, "tasklist", ACCESS);
    grants.toEveryone(PROCESS_DEFINITION, Grants.ANY, READ);
    grants.toEveryone(DECISION_DEFINITION, Grants.ANY, READ);

    grants.toGroup(CamundaGroups.CAMPAIGN_OFFICE, APPLICATION, "cockpit", ACCESS);
    // earlier versions granted starting every process
    grants.revokeFromGroup(CamundaGroups.CAMPAIGN_OFFICE, PROCESS_DEFINITION, Grants.ANY, CREATE_INSTANCE);
    startGuards.startableKeys().forEach(key ->
        grants.toGroup(CamundaGroups.CAMPAIGN_OFFICE, PROCESS_DEFINITION, key, CREATE_INSTANCE));
    grants.toGroup(CamundaGroups.CAMPAIGN_OFFICE, PROCESS_INSTANCE, Grants.ANY, CREATE);

    grants.toGroup(CamundaGroups.SUPERVISORS, APPLICATION, "cockpit", ACCESS);

    // accounts created before AccountsPlugin: Camunda granted users ALL on themselves
    grants.limitOwnAccounts(AccountsPlugin.OWN_ACCOUNT);
  }
}
