package org.massline.forms;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.handler.DefaultFormHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The deployed form a task's reference names. Every form of ours is bound {@code latest}, and the
 * engine looks the latest version up in the database each time (a grouping query over all versions);
 * every completion asks. So the latest definition is remembered per key: forgotten when a deployment
 * on this node has committed (this is the engine's deployer, {@link SubmissionValidationPlugin}), and
 * after a minute in any case (a deployment on another node of a cluster).
 */
@Component
class LatestForms implements Deployer {

  private static final Duration REMEMBERED = Duration.ofMinutes(1);

  private final Cache<String, CamundaFormDefinition> latest = Caffeine.newBuilder().maximumSize(1_000)
      .expireAfterWrite(REMEMBERED).build();
  /** Counts the deployments: a lookup that raced with one is not remembered. */
  private final AtomicLong deployments = new AtomicLong();

  /** The definition the reference names, or null when none is deployed. */
  CamundaFormDefinition of(CommandContext context, CamundaFormRef ref, String deploymentId) {
    if (!DefaultFormHandler.FORM_REF_BINDING_LATEST.equals(ref.getBinding())) {
      return new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
    }
    CamundaFormDefinition remembered = latest.getIfPresent(ref.getKey());
    if (remembered != null) {
      return remembered;
    }
    long before = deployments.get();
    CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
    if (definition != null && before == deployments.get()) {
      latest.put(ref.getKey(), definition);
    }
    return definition;
  }

  /** A deployment may bring a newer version of any form: all are looked up again once it has committed. */
  @Override
  public void deploy(DeploymentEntity deployment) {
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> forget());
  }

  private void forget() {
    deployments.incrementAndGet();
    latest.invalidateAll();
  }
}
