package org.massline.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.junit.jupiter.api.Test;
import org.massline.support.MasslineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The latest version of a form, remembered, is still the latest once another is deployed. */
class LatestFormsTest extends MasslineTest {

  private static final CamundaFormRefImpl TALK_RECORD = new CamundaFormRefImpl("talk-record", "latest");

  @Autowired
  private LatestForms latestForms;

  @Test
  void aNewVersionIsTheLatestOnceDeployed() throws Exception {
    CamundaFormDefinition before = remembered();
    assertThat(remembered().getId()).as("remembered").isEqualTo(before.getId());

    // the same form again, as a new deployment: a new version of it
    byte[] form = engine.getRepositoryService().getResourceAsStream(before.getDeploymentId(),
        before.getResourceName()).readAllBytes();
    engine.getRepositoryService().createDeployment().name("talk-record again")
        .addInputStream(before.getResourceName(), new ByteArrayInputStream(form)).deploy();

    CamundaFormDefinition after = remembered();
    assertThat(after.getVersion()).isEqualTo(before.getVersion() + 1);
    assertThat(after.getId()).isEqualTo(engineLatest().getId());
  }

  private CamundaFormDefinition remembered() {
    return commands().execute(context -> latestForms.of(context, TALK_RECORD, null));
  }

  private CamundaFormDefinition engineLatest() {
    return commands().execute(new GetCamundaFormDefinitionCmd(TALK_RECORD, null));
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }
}
