package org.massline.support;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The tests' job executor: the processes continue asynchronously where parallel work joins, and
 * the shared test context runs no job executor, so a test runs the due jobs itself.
 */
public final class Jobs {

  private Jobs() {
  }

  /** Runs every due job, and the jobs those create, until none is due; returns how many ran. */
  public static int runDue(ProcessEngine engine) {
    int executed = 0;
    List<Job> due;
    while (!(due = engine.getManagementService().createJobQuery().executable().list()).isEmpty()) {
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        executed++;
      }
    }
    return executed;
  }
}
