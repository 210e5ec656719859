package org.massline.forms;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the rules about what people may do into the engine, so that every way in (Tasklist, the
 * REST API and the webapps' copy of it, Java) meets them: the validating task and form services,
 * the {@link ProcessStartGuard} on every process, and {@link OutermostCommand} to tell a person's
 * request from the engine's own work; and {@link LatestForms} hears of every deployment. The beans
 * that need the engine's services are looked up when first used.
 */
@Component
public class SubmissionValidationPlugin implements ProcessEnginePlugin {

  private final ObjectProvider<TaskSubmissions> submissions;
  private final ObjectProvider<StartGuards> guards;
  private final LatestForms latestForms;

  public SubmissionValidationPlugin(ObjectProvider<TaskSubmissions> submissions, ObjectProvider<StartGuards> guards,
      LatestForms latestForms) {
    this.submissions = submissions;
    this.guards = guards;
    this.latestForms = latestForms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new ValidatingTaskService(submissions::getObject));
    configuration.setFormService(new ValidatingFormService(submissions::getObject, guards::getObject));
    configuration.setManagementService(new CountingManagementService(configuration));

    List<CommandInterceptor> interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
    interceptors.add(0, new OutermostCommand());
    configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);

    ExecutionListener startGuard = new ProcessStartGuard(guards::getObject, submissions::getObject);
    List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    parseListeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startGuard);
      }
    });
    configuration.setCustomPreBPMNParseListeners(parseListeners);

    List<Deployer> deployers = configuration.getCustomPostDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
    deployers.add(latestForms);
    configuration.setCustomPostDeployers(deployers);
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
