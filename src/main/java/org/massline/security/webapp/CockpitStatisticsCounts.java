package org.massline.security.webapp;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.plugin.base.dto.ProcessDefinitionStatisticsDto;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.massline.forms.EngineUsers;

/**
 * Cockpit's list of processes ({@code plugin/base/…/process-definition/statistics}) counts every
 * running instance and incident of a definition, whoever asks; its query runs outside the engine's
 * services. Whatever path led to it, when Cockpit answers with these figures a person who is not
 * an administrator gets them counted over the instances and incidents they may read, by the
 * engine's own authorized queries (the webapp has set the person's authentication on the engine).
 */
@Provider
public class CockpitStatisticsCounts implements WriterInterceptor {

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (context.getEntity() instanceof List<?> rows && !rows.isEmpty()
        && rows.get(0) instanceof ProcessDefinitionStatisticsDto) {
      ProcessEngine engine = Cockpit.getRuntimeDelegate().getDefaultProcessEngine();
      if (EngineUsers.isRestricted(engine.getIdentityService().getCurrentAuthentication())) {
        rows.forEach(row -> recount(engine, (ProcessDefinitionStatisticsDto) row));
      }
    }
    context.proceed();
  }

  /** The figures of a row are over every version of its definition's key. */
  private static void recount(ProcessEngine engine, ProcessDefinitionStatisticsDto row) {
    ProcessInstanceQuery instances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(row.getKey());
    IncidentQuery incidents = engine.getRuntimeService().createIncidentQuery().processDefinitionKeyIn(row.getKey());
    if (row.getTenantId() != null) {
      instances.tenantIdIn(row.getTenantId());
      incidents.tenantIdIn(row.getTenantId());
    }
    row.setInstances((int) instances.count());
    row.setIncidents((int) incidents.count());
  }
}
