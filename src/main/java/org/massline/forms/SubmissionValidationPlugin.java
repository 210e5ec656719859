package org.massline.forms;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the validating task and form services into the engine, so that every way of completing a
 * task (Tasklist, the REST API, Java) is validated before the engine acts. The validator needs the
 * engine's services, so it is looked up when the first submission arrives.
 */
@Component
public class SubmissionValidationPlugin implements ProcessEnginePlugin {

  private final ObjectProvider<TaskSubmissions> submissions;

  public SubmissionValidationPlugin(ObjectProvider<TaskSubmissions> submissions) {
    this.submissions = submissions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new ValidatingTaskService(submissions::getObject));
    configuration.setFormService(new ValidatingFormService(submissions::getObject));
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
