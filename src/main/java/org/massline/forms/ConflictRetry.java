package org.massline.forms;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Two people completing tasks of the same process instance at once (parallel talks, parallel
 * reports), on one node or two, can collide on the instance's rows; Camunda then rolls one
 * transaction back with an {@link OptimisticLockingException} (or the database aborts one side of
 * a deadlock). Nothing was written, so the completion is simply tried again instead of showing the
 * user an error. Where parallel work joins, the process continues in a job, so this is a safety net;
 * the retries it still needs are counted.
 */
final class ConflictRetry {

  static final int ATTEMPTS = 8;
  /** How often a completion had to be tried again (Actuator's {@code /actuator/metrics}, and the benchmark). */
  static final String RETRIES_METRIC = "massline.completion.retries";
  private static final Counter RETRIES = Metrics.counter(RETRIES_METRIC);
  private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

  private ConflictRetry() {
  }

  /**
   * An optimistic-locking failure, or a deadlock or serialization failure reported by the database
   * (PostgreSQL detects deadlocks between parallel branches of one instance and aborts one side).
   */
  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
      // 23…: a unique key taken by the parallel completion that committed first
      if (t instanceof SQLException sql && sql.getSQLState() != null && ("40P01".equals(sql.getSQLState())
          || "40001".equals(sql.getSQLState()) || sql.getSQLState().startsWith("23"))) {
        return true;
      }
      if (t instanceof BatchUpdateException batch && batch.getNextException() != null && isConflict(batch.getNextException())) {
        return true;
      }
    }
    return false;
  }

  static <T> T retry(Supplier<T> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (RuntimeException e) {
        if (!isConflict(e) || attempt == ATTEMPTS) {
          throw e;
        }
        RETRIES.increment();
        log.debug("Concurrent update, trying again ({}/{}): {}", attempt, ATTEMPTS, e.getMessage());
        try {
          // a job being run by the other node holds its rows for a moment: back off, up to a second
          Thread.sleep(ThreadLocalRandom.current().nextLong(10, Math.min(1000, 25L << attempt)));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
