package org.massline.rectification;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.massline.app.Clock;
import org.massline.organization.OrganizationRepository;
import org.massline.organization.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Opens each year's look-back for every top unit on {@code massline.look-back.opens-on}, unless its
 * office started one already: asked on the escalation sweep's rhythm, it starts what is due and not
 * there (one per unit and year, whichever node asks first).
 */
@Component
public class LookBackCalendar {

  private static final Logger log = LoggerFactory.getLogger(LookBackCalendar.class);

  private final OrganizationRepository organization;
  private final LookBackSetup setup;
  private final LookBackSettings settings;
  private final ProcessEngineConfigurationImpl engine;

  public LookBackCalendar(OrganizationRepository organization, LookBackSetup setup, LookBackSettings settings,
      @Lazy ProcessEngineConfigurationImpl engine) {
    this.organization = organization;
    this.setup = setup;
    this.settings = settings;
    this.engine = engine;
  }

  /** Starts the look-backs that are due; answers how many. */
  public int run() {
    if (!settings.automatic() || Clock.today().isBefore(settings.opensIn(Clock.today().getYear()))) {
      return 0;
    }
    int started = 0;
    for (Unit unit : organization.findAllUnits()) {
      if (unit.parentId() != null || setup.refusal(unit.id()).isPresent()) {
        continue;
      }
      try {
        engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            context.getProcessEngineConfiguration().getRuntimeService()
                .startProcessInstanceByKey(LookBackProcess.KEY, unit.id(), Map.of())));
        started++;
      } catch (RuntimeException e) {
        // started by another node or by the office meanwhile: the next look finds it there
        log.info("Look-back of {} not started this time: {}", unit.id(), e.toString());
      }
    }
    return started;
  }
}
