package org.massline.forms;

import java.util.Date;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.management.MetricsQuery;
import org.camunda.bpm.engine.management.ProcessDefinitionStatisticsQuery;

/**
 * Camunda's process definition statistics count every instance of a definition, and its metrics
 * every task, whoever asks: a region's figures would reach a member who may see none of its
 * instances. So a person who is not an administrator gets the definition statistics counted over
 * what they may read ({@link AuthorizedDefinitionStatisticsQuery}), and the metrics only with a
 * grant on all process instances. Activity and deployment statistics Camunda already counts per
 * readable instance.
 */
class CountingManagementService extends ManagementServiceImpl {

  CountingManagementService(ProcessEngineConfigurationImpl configuration) {
    super(configuration);
  }

  @Override
  public ProcessDefinitionStatisticsQuery createProcessDefinitionStatisticsQuery() {
    boolean restricted = commandExecutor.execute(context -> EngineUsers.isRestricted(context.getAuthentication()));
    return restricted ? new AuthorizedDefinitionStatisticsQuery(commandExecutor) : super.createProcessDefinitionStatisticsQuery();
  }

  @Override
  public MetricsQuery createMetricsQuery() {
    onlyForWhoSeesEverything();
    return super.createMetricsQuery();
  }

  @Override
  public long getUniqueTaskWorkerCount(Date startTime, Date endTime) {
    onlyForWhoSeesEverything();
    return super.getUniqueTaskWorkerCount(startTime, endTime);
  }

  private void onlyForWhoSeesEverything() {
    boolean allowed = commandExecutor.execute(context -> {
      Authentication user = context.getAuthentication();
      return !EngineUsers.isRestricted(user) || context.getAuthorizationManager().isAuthorized(user.getUserId(),
          user.getGroupIds(), Permissions.READ, Resources.PROCESS_INSTANCE, Authorization.ANY);
    });
    if (!allowed) {
      throw Refusals.forbidden("运行指标只向可查看全部流程实例的人员开放");
    }
  }
}
