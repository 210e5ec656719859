package org.massline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Which database the shared test context runs on: H2 in memory by default, a real PostgreSQL when
 * the system property {@code massline.test.database=postgres} is set (the second test execution of
 * the pom). PostgreSQL comes from Maven Central as binaries (zonky), so nothing is installed.
 *
 * <p>At the end of the test run (a JUnit launcher session listener), the contexts that use the
 * server are closed first and the server after them: left to JVM shutdown hooks, the server may go
 * first and the engine's last writes wait for connections that never come.
 */
public final class TestDatabase implements LauncherSessionListener {

  private static EmbeddedPostgres postgres;
  private static final Set<ConfigurableApplicationContext> CONTEXTS = new LinkedHashSet<>();

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("massline.test.database"));
  }

  public static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
    }
    return postgres;
  }

  /** Remembers a context that uses the server, to close it before the server. */
  static synchronized void uses(ConfigurableApplicationContext context) {
    if (postgres != null) {
      CONTEXTS.add(context);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    synchronized (TestDatabase.class) {
      CONTEXTS.forEach(ConfigurableApplicationContext::close);
      CONTEXTS.clear();
      if (postgres != null) {
        try {
          postgres.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        postgres = null;
      }
    }
  }
}
