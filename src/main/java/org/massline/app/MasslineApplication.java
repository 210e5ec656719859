package org.massline.app;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Massline: the campaign's workflows on Camunda Platform 7.
 *
 * <p>{@code java -jar massline.jar --import=units.csv} imports an organization file and exits
 * instead of serving: no web server, no job executor, exit code 0 on success, 1 on a refused file.
 * {@code --reset-password=USER} sets a user's password the same way (see {@code PasswordReset}).
 */
@SpringBootApplication(scanBasePackages = "org.massline")
@ConfigurationPropertiesScan("org.massline")
public class MasslineApplication {

  public static void main(String[] args) {
    boolean consoleOnly = Arrays.stream(args).anyMatch(a -> a.startsWith("--import=") || a.startsWith("--reset-password="));
    SpringApplication app = new SpringApplication(MasslineApplication.class);
    String[] effectiveArgs = args;
    if (consoleOnly) {
      app.setWebApplicationType(WebApplicationType.NONE);
      effectiveArgs = Stream.concat(Arrays.stream(args), Stream.of(
          "--camunda.bpm.job-execution.enabled=false",
          "--massline.demo.enabled=false")).toArray(String[]::new);
    }
    ConfigurableApplicationContext context = app.run(effectiveArgs);
    if (consoleOnly) {
      System.exit(SpringApplication.exit(context));
    }
  }
}
