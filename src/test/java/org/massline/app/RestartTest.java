package org.massline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.massline.meeting.MeetingProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default setup keeps everything in its H2 file: after a restart on the same file, the users,
 * the units and the running instances are still there (and the demo region is not loaded twice).
 */
class RestartTest {

  @TempDir
  Path data;

  @Test
  void usersUnitsAndRunningInstancesSurviveARestart() {
    String instanceId;
    try (ConfigurableApplicationContext first = start()) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      instanceId = engine.getRuntimeService().startProcessInstanceByKey(MeetingProcess.KEY, "xs-county").getId();
    }
    try (ConfigurableApplicationContext second = start()) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isOne();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId).singleResult().getAssignee())
          .isEqualTo("huangzhiming");
      assertThat(engine.getIdentityService().checkPassword("huangzhiming", "demo")).isTrue();
      assertThat(second.getBean(org.massline.organization.OrganizationRepository.class).countUnits()).isEqualTo(17);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(MasslineApplication.class).run(
        "--server.port=0",
        "--massline.data-dir=" + data.toAbsolutePath(),
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.jmx.enabled=false");
  }
}
