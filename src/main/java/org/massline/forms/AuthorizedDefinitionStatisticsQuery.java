package org.massline.forms;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.IncidentQueryImpl;
import org.camunda.bpm.engine.impl.JobQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.ProcessDefinitionStatisticsQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionStatisticsEntity;
import org.camunda.bpm.engine.management.IncidentStatistics;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Camunda's process definition statistics for a person who may see only some instances: the
 * definitions as Camunda lists them, the figures counted over the instances, failed jobs and
 * incidents this person may read (Camunda's own query counts all of them, whoever asks).
 */
class AuthorizedDefinitionStatisticsQuery extends ProcessDefinitionStatisticsQueryImpl {

  private static final long serialVersionUID = 1L;

  AuthorizedDefinitionStatisticsQuery(CommandExecutor commandExecutor) {
    super(commandExecutor);
  }

  @Override
  public List<ProcessDefinitionStatistics> executeList(CommandContext context, Page page) {
    List<ProcessDefinitionStatistics> rows = super.executeList(context, page);
    for (ProcessDefinitionStatistics row : rows) {
      ProcessDefinitionStatisticsEntity statistics = (ProcessDefinitionStatisticsEntity) row;
      String definition = statistics.getId();
      statistics.setInstances((int) new ProcessInstanceQueryImpl().processDefinitionId(definition).executeCount(context));
      if (isFailedJobsToInclude()) {
        statistics.setFailedJobs((int) ((JobQueryImpl) new JobQueryImpl().processDefinitionId(definition).noRetriesLeft())
            .executeCount(context));
      }
      if (isIncidentsToInclude()) {
        statistics.setIncidentStatistics(incidents(context, definition));
      }
    }
    return rows;
  }

  private List<IncidentStatistics> incidents(CommandContext context, String definition) {
    IncidentQueryImpl query = (IncidentQueryImpl) new IncidentQueryImpl().processDefinitionId(definition);
    if (includeIncidentsForType != null) {
      query.incidentType(includeIncidentsForType);
    }
    Map<String, Long> byType = query.executeList(context, null).stream()
        .filter(incident -> !includeRootIncidents || incident.getId().equals(incident.getRootCauseIncidentId()))
        .collect(Collectors.groupingBy(Incident::getIncidentType, Collectors.counting()));
    return byType.entrySet().stream().map(e -> (IncidentStatistics) new Counted(e.getKey(), e.getValue().intValue()))
        .toList();
  }

  private record Counted(String incidentType, int incidentCount) implements IncidentStatistics {
    @Override
    public String getIncidentType() {
      return incidentType;
    }

    @Override
    public int getIncidentCount() {
      return incidentCount;
    }
  }
}
