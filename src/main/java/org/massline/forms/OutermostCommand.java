package org.massline.forms;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Remembers, per thread, the command a caller from outside the engine gave it: the REST API, the
 * webapps and Java code all reach the engine as one outermost command, while the engine's own work
 * (a delegate starting a process, a job) runs nested inside one or as a job. Rules about what people
 * may do are decided against this command, so no URL shape or service method matters.
 */
public class OutermostCommand extends CommandInterceptor {

  private static final ThreadLocal<Command<?>> OUTERMOST = new ThreadLocal<>();

  /** The command the current one is nested in at the top, or null outside the engine. */
  public static Command<?> current() {
    return OUTERMOST.get();
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (OUTERMOST.get() != null) {
      return next.execute(command);
    }
    OUTERMOST.set(command);
    try {
      return next.execute(command);
    } finally {
      OUTERMOST.remove();
    }
  }
}
