package org.massline.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password policy: at least ten characters, with letters and digits, not containing the
 * user's id, name or e-mail. It is Camunda's password policy, so the Admin webapp and the profile
 * page show its rules (in Chinese, see the webapps' {@code zh.json}) while a password is typed.
 * It applies to passwords people set; the system's own (the demo's, an import's initial password)
 * are the configuration's business, checked at start-up in production.
 */
public final class PasswordRules implements PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final String REASON = "密码不符合要求：至少 " + MIN_LENGTH + " 个字符，同时包含字母和数字，且不能包含用户名、姓名或邮箱";

  private static final List<PasswordPolicyRule> RULES = List.of(
      rule("LENGTH", Map.of("minLength", String.valueOf(MIN_LENGTH)), p -> p.codePointCount(0, p.length()) >= MIN_LENGTH),
      rule("LETTER", Map.of("minLetter", "1"), p -> p.codePoints().anyMatch(Character::isLetter)),
      rule("DIGIT", Map.of("minDigit", "1"), p -> p.codePoints().anyMatch(Character::isDigit)),
      new WithoutUserData());

  @Override
  public List<PasswordPolicyRule> getRules() {
    return RULES;
  }

  /** Whether a password meets every rule; {@code user} may be null (no user data to compare). */
  public static boolean accepts(String password, User user) {
    return password != null && RULES.stream().allMatch(r -> r.execute(password, user));
  }

  /** For a password set in configuration, before any user exists. */
  public static boolean accepts(String password, String userId) {
    return accepts(password, (User) null) && !password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT));
  }

  private static PasswordPolicyRule rule(String placeholder, Map<String, String> parameters, Predicate<String> test) {
    return new PasswordPolicyRule() {
      @Override
      public String getPlaceholder() {
        return placeholder;
      }

      @Override
      public Map<String, String> getParameters() {
        return parameters;
      }

      @Override
      public boolean execute(String candidatePassword) {
        return test.test(candidatePassword);
      }
    };
  }

  private static final class WithoutUserData implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return "USER_DATA";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String candidatePassword) {
      return true;
    }

    @Override
    public boolean execute(String candidatePassword, User user) {
      if (user == null) {
        return true;
      }
      String password = candidatePassword.toLowerCase(Locale.ROOT);
      return Stream.of(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail())
          .filter(data -> data != null && !data.isBlank())
          .noneMatch(data -> password.contains(data.toLowerCase(Locale.ROOT)));
    }
  }
}
