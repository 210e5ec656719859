package org.massline.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar massline.jar --reset-password=USER}: the administrators' way back in when the
 * last administrator's password is lost. Reads the new password from {@code MASSLINE_NEW_PASSWORD}
 * or, without it, from the terminal (or the first line of standard input), checks it against the
 * {@link PasswordRules} and exits: 0 when set, 1 when refused. It needs the database, so the
 * server must be stopped first on H2; on PostgreSQL it may run beside it.
 */
@Component
@Order(1)
public class PasswordReset implements ApplicationRunner, ExitCodeGenerator {

  static final String OPTION = "reset-password";
  static final String PASSWORD_VARIABLE = "MASSLINE_NEW_PASSWORD";

  private final IdentityService identityService;
  private int exitCode;

  public PasswordReset(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    List<String> users = args.getOptionValues(OPTION);
    if (users == null) {
      return;
    }
    for (String userId : users) {
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        System.out.printf("%s: no such user, nothing changed%n", userId);
        exitCode = 1;
        continue;
      }
      String password = newPassword(userId);
      if (!PasswordRules.accepts(password, user)) {
        System.out.printf("%s: refused, the password needs at least %d characters, letters and digits, and must not "
            + "contain the user's id, name or e-mail%n", userId, PasswordRules.MIN_LENGTH);
        exitCode = 1;
        continue;
      }
      user.setPassword(password);
      identityService.saveUser(user);
      System.out.printf("%s: password set%n", userId);
    }
  }

  private static String newPassword(String userId) throws IOException {
    String fromEnvironment = System.getenv(PASSWORD_VARIABLE);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return fromEnvironment;
    }
    Console console = System.console();
    if (console != null) {
      char[] typed = console.readPassword("New password for %s: ", userId);
      return typed == null ? null : new String(typed);
    }
    return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
  }

  @Override
  public int getExitCode() {
    return exitCode;
  }
}
