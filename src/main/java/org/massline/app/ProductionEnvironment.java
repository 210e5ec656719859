package org.massline.app;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile takes its credentials from the environment and has no defaults: it
 * refuses to start, naming what is missing, before anything connects anywhere. (The passwords' strength is
 * checked by {@code security.ProductionPasswords}, which runs next.)
 */
public class ProductionEnvironment implements EnvironmentPostProcessor {

  static final List<String> REQUIRED = List.of("MASSLINE_DB_URL", "MASSLINE_DB_USER", "MASSLINE_DB_PASSWORD",
      "MASSLINE_ADMIN_USER", "MASSLINE_ADMIN_PASSWORD");

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!List.of(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    List<String> missing = REQUIRED.stream().filter(name -> {
      String value = environment.getProperty(name);
      return value == null || value.isBlank();
    }).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The postgres profile needs these environment variables, which are not set: "
          + String.join(", ", missing) + " (see README, \"PostgreSQL (production)\")");
    }
  }
}
