package org.massline.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * No history for a task's local variables. They are what a step shows on its form (the context, the options, a
 * draft to revise), copied from the project's tables, which keep every version of what people wrote; submitted
 * values are transient. Their history cost three writes each per task (instance, detail, removal) and filled
 * Cockpit's history with report texts. Process variables (ids and routing decisions) keep their full history.
 */
@Component
public class FormDisplayHistory implements ProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new CacheAwareHistoryEventProducer() {
      @Override
      public HistoryEvent createHistoricVariableCreateEvt(VariableInstanceEntity variable, VariableScope scope) {
        return isTaskLocal(variable) ? null : super.createHistoricVariableCreateEvt(variable, scope);
      }

      @Override
      public HistoryEvent createHistoricVariableUpdateEvt(VariableInstanceEntity variable, VariableScope scope) {
        return isTaskLocal(variable) ? null : super.createHistoricVariableUpdateEvt(variable, scope);
      }

      @Override
      public HistoryEvent createHistoricVariableDeleteEvt(VariableInstanceEntity variable, VariableScope scope) {
        return isTaskLocal(variable) ? null : super.createHistoricVariableDeleteEvt(variable, scope);
      }
    });
  }

  private static boolean isTaskLocal(VariableInstanceEntity variable) {
    return variable.getTaskId() != null;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing after initialisation
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after the build
  }
}
