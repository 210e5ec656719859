package org.massline.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The production profile has no default credentials and no weak passwords: without them from the
 * environment, or with weak ones, it does not start.
 */
class ProductionProfileTest {

  static final String DATABASE = "--MASSLINE_DB_URL=jdbc:postgresql://localhost/x";

  @Test
  void thePostgresProfileRefusesToStartWithoutDatabaseCredentialsFromTheEnvironment() {
    startsWith("--MASSLINE_ADMIN_USER=admin", "--MASSLINE_ADMIN_PASSWORD=a-secret-2026")
        .hasStackTraceContaining("MASSLINE_DB_URL");
  }

  @Test
  void thePostgresProfileRefusesToStartWithoutTheFirstAdministratorFromTheEnvironment() {
    startsWith(DATABASE, "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret")
        .hasStackTraceContaining("MASSLINE_ADMIN_USER").hasStackTraceContaining("MASSLINE_ADMIN_PASSWORD");
  }

  @Test
  void thePostgresProfileRefusesAWeakAdministratorPassword() {
    startsWith(DATABASE, "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret", "--MASSLINE_ADMIN_USER=admin",
        "--MASSLINE_ADMIN_PASSWORD=admin12345")
        .hasStackTraceContaining("MASSLINE_ADMIN_PASSWORD is too weak");
  }

  @Test
  void thePostgresProfileRefusesAWeakInitialPassword() {
    startsWith(DATABASE, "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret", "--MASSLINE_ADMIN_USER=admin",
        "--MASSLINE_ADMIN_PASSWORD=a-secret-2026", "--massline.organization.initial-password=demo")
        .hasStackTraceContaining("initial-password is too weak");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> startsWith(String... args) {
    String[] all = Stream.concat(Stream.of("--server.port=0", "--spring.jmx.enabled=false"), Stream.of(args))
        .toArray(String[]::new);
    return assertThatThrownBy(() -> new SpringApplicationBuilder(MasslineApplication.class).profiles("postgres")
        .run(all).close());
  }
}
