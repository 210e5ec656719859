package org.massline.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile has no default credentials: without them from the environment it does not start. */
class ProductionProfileTest {

  @Test
  void thePostgresProfileRefusesToStartWithoutDatabaseCredentialsFromTheEnvironment() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MasslineApplication.class).profiles("postgres")
        .run("--server.port=0", "--spring.jmx.enabled=false", "--MASSLINE_ADMIN_USER=admin",
            "--MASSLINE_ADMIN_PASSWORD=a-secret-2026").close())
        .hasStackTraceContaining("MASSLINE_DB_URL");
  }

  @Test
  void thePostgresProfileRefusesToStartWithoutTheFirstAdministratorFromTheEnvironment() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MasslineApplication.class).profiles("postgres")
        .run("--server.port=0", "--spring.jmx.enabled=false", "--MASSLINE_DB_URL=jdbc:postgresql://localhost/x",
            "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret").close())
        .hasStackTraceContaining("MASSLINE_ADMIN_USER").hasStackTraceContaining("MASSLINE_ADMIN_PASSWORD");
  }

  @Test
  void thePostgresProfileRefusesAWeakAdministratorPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MasslineApplication.class).profiles("postgres")
        .run("--server.port=0", "--spring.jmx.enabled=false", "--MASSLINE_DB_URL=jdbc:postgresql://localhost/x",
            "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret", "--MASSLINE_ADMIN_USER=admin",
            "--MASSLINE_ADMIN_PASSWORD=admin12345").close())
        .hasStackTraceContaining("MASSLINE_ADMIN_PASSWORD is too weak");
  }

  @Test
  void thePostgresProfileRefusesAWeakInitialPassword() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(MasslineApplication.class).profiles("postgres")
        .run("--server.port=0", "--spring.jmx.enabled=false", "--MASSLINE_DB_URL=jdbc:postgresql://localhost/x",
            "--MASSLINE_DB_USER=massline", "--MASSLINE_DB_PASSWORD=a-secret", "--MASSLINE_ADMIN_USER=admin",
            "--MASSLINE_ADMIN_PASSWORD=a-secret-2026", "--massline.organization.initial-password=demo").close())
        .hasStackTraceContaining("initial-password is too weak");
  }
}
