package org.massline.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Concurrent completions are retried; other failures are not. */
class ConflictRetryTest {

  @Test
  void retriesOptimisticLockingFailuresAndDeadlocksUntilTheyPass() {
    AtomicInteger calls = new AtomicInteger();
    String result = ConflictRetry.retry(() -> {
      int call = calls.incrementAndGet();
      if (call == 1) {
        throw new OptimisticLockingException("updated by another transaction concurrently");
      }
      if (call == 2) {
        throw new ProcessEngineException("persistence", new SQLException("deadlock detected", "40P01"));
      }
      return "done";
    });
    assertThat(result).isEqualTo("done");
    assertThat(calls).hasValue(3);
  }

  @Test
  void doesNotRetryOtherFailuresAndGivesUpAfterTheLastAttempt() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> ConflictRetry.retry(() -> {
      calls.incrementAndGet();
      throw new ProcessEngineException("validation failed");
    })).hasMessage("validation failed");
    assertThat(calls).hasValue(1);

    AtomicInteger conflicts = new AtomicInteger();
    assertThatThrownBy(() -> ConflictRetry.retry(() -> {
      conflicts.incrementAndGet();
      throw new OptimisticLockingException("always");
    })).isInstanceOf(OptimisticLockingException.class);
    assertThat(conflicts).hasValue(ConflictRetry.ATTEMPTS);
  }
}
