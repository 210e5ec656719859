package org.massline.forms;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values of a submission as its {@link Step}'s check bound them, held for the step's complete
 * listener while the same completion runs on this thread ({@link ValidatedCompletion}): bound once,
 * neither copied into variables nor read back from them.
 */
final class BoundValues {

  private static final ThreadLocal<Map<String, Record>> BY_TASK = new ThreadLocal<>();

  private BoundValues() {
  }

  /** Runs {@code completion} with the task's bound values at hand. */
  static <T> T during(String taskId, Record values, Supplier<T> completion) {
    Map<String, Record> bound = BY_TASK.get();
    boolean outermost = bound == null;
    if (outermost) {
      bound = new HashMap<>();
      BY_TASK.set(bound);
    }
    bound.put(taskId, values);
    try {
      return completion.get();
    } finally {
      bound.remove(taskId);
      if (outermost) {
        BY_TASK.remove();
      }
    }
  }

  /** The task's bound values while its completion runs, or null. */
  static Record of(String taskId) {
    Map<String, Record> bound = BY_TASK.get();
    return bound == null ? null : bound.get(taskId);
  }
}
