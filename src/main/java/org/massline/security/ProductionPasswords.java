package org.massline.security;

import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code postgres} profile refuses to start with an administrator's or initial password weaker
 * than the {@link PasswordRules}, before the administrator account is created with it. (Missing
 * variables are reported by {@code app.ProductionEnvironment}, which runs first.)
 */
public class ProductionPasswords implements EnvironmentPostProcessor {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!List.of(environment.getActiveProfiles()).contains("postgres")) {
      return;
    }
    String admin = environment.getProperty("MASSLINE_ADMIN_PASSWORD");
    if (admin != null && !PasswordRules.accepts(admin, environment.getProperty("MASSLINE_ADMIN_USER"))) {
      throw new IllegalStateException("MASSLINE_ADMIN_PASSWORD is too weak: at least " + PasswordRules.MIN_LENGTH
          + " characters, letters and digits, not containing the user id");
    }
    String initialPassword = environment.getProperty("massline.organization.initial-password");
    if (initialPassword != null && !initialPassword.isEmpty() && !PasswordRules.accepts(initialPassword, (User) null)) {
      throw new IllegalStateException("massline.organization.initial-password is too weak for production: at least "
          + PasswordRules.MIN_LENGTH + " characters, letters and digits (or leave it empty)");
    }
  }
}
