package org.massline.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.DELETE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.massline.security.LoginThrottle;
import org.massline.security.LoginThrottleSettings;
import org.massline.security.PasswordReset;
import org.massline.support.MasslineTest;
import org.massline.security.SecurityTest;
import org.massline.support.Rest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The probe's account findings: a lockout anyone could trigger (ten wrong passwords locked the only
 * administrator for good), a delay after one wrong password, users deleting themselves, one-letter
 * passwords and free-text names.
 */
class AccountProtectionTest extends MasslineTest {

  static final String PROFILE = "/engine-rest/user/zhaolei/profile";
  static final String STRONG = "Bright-river-42";

  @LocalServerPort
  int port;

  @Autowired
  LoginThrottle throttle;

  @Autowired
  LoginThrottleSettings settings;

  @Autowired
  IdentityService identityService;

  @Autowired
  PasswordReset passwordReset;

  /** Whatever a test changed, everyone's password is "demo" again (set by the system, as the demo does). */
  @AfterEach
  void restorePasswords() {
    for (String id : new String[] {"zhaolei", "huangzhiming"}) {
      User user = identityService.createUserQuery().userId(id).singleResult();
      user.setPassword("demo");
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId("newcomer").count() > 0) {
      identityService.deleteUser("newcomer");
    }
  }

  @Test
  void oneWrongPasswordDoesNotDelayTheRightOne() {
    assertThat(Rest.as(port, "zhaolei", "wrong").get(PROFILE).status()).isEqualTo(401);
    assertThat(Rest.as(port, "zhaolei").get(PROFILE).status()).isEqualTo(200);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccountFromThatAddressForAWhileOnly() {
    for (int i = 0; i < settings.attemptsPerAccount(); i++) {
      assertThat(Rest.as(port, "zhaolei", "wrong" + i).get(PROFILE).status()).isEqualTo(401);
    }
    Rest.Response locked = Rest.as(port, "zhaolei").get(PROFILE);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.json().path("message").asText()).startsWith("登录失败次数过多，已暂停登录，请于");

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + settings.lock().plusMinutes(1).toMillis()));
    assertThat(Rest.as(port, "zhaolei").get(PROFILE).status()).isEqualTo(200);
  }

  @Test
  void aStrangerElsewhereCannotLockTheAdministratorOut() {
    for (int i = 0; i < settings.attemptsPerAccount() * 3; i++) {
      throttle.failed("demo", "203.0.113.9");
    }
    assertThat(throttle.lockedUntil("demo", "203.0.113.9")).isPresent();
    assertThat(Rest.as(port, "demo").get("/engine-rest/user/demo/profile").status()).isEqualTo(200);
  }

  @Test
  void oneAddressGuessingManyAccountsIsSlowedDown() {
    for (int i = 0; i < settings.attemptsPerAddress(); i++) {
      Rest.as(port, "guess" + i, "wrong").get(PROFILE);
    }
    Rest.Response locked = Rest.as(port, "zhaolei").get(PROFILE);
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.json().path("message").asText()).startsWith("登录失败次数过多");
  }

  @Test
  void camundasPermanentLockoutIsGone() {
    // more failures than Camunda's lockout allowed, each round below the throttle's limit
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < settings.attemptsPerAccount() - 1; i++) {
        assertThat(identityService.checkPassword("huangzhiming", "wrong")).isFalse();
      }
      throttle.clear();
    }
    assertThat(identityService.checkPassword("huangzhiming", "demo")).isTrue();
  }

  @Test
  void theLoginPageSaysWhenLoginsArePaused() {
    Rest browser = Rest.browser(port);
    String location = null;
    for (int i = 0; i <= settings.attemptsPerAccount(); i++) {
      Rest.Response loginPage = browser.getHtml("/login");
      location = browser.postForm("/login", Map.of("username", "zhaolei", "password", "wrong",
          "_csrf", SecurityTest.csrf(loginPage.body()))).header("Location");
    }
    assertThat(location).endsWith("/login?locked");
    assertThat(browser.getHtml("/login?locked").body())
        .contains("登录失败次数过多，已暂停登录，请 " + settings.lock().toMinutes() + " 分钟后再试");
  }

  @Test
  void nobodyDeletesTheirOwnAccount() {
    Rest.Response deleted = Rest.as(port, "zhaolei").delete("/engine-rest/user/zhaolei");
    assertThat(deleted.status()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("zhaolei").count()).isEqualTo(1);
    Authorization own = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(USER).resourceId("zhaolei").userIdIn("zhaolei").singleResult();
    assertThat(own.isPermissionGranted(READ)).isTrue();
    assertThat(own.isPermissionGranted(UPDATE)).isTrue();
    assertThat(own.isPermissionGranted(DELETE)).isFalse();
  }

  @Test
  void theLastAdministratorCannotBeDeleted() {
    Rest.Response deleted = Rest.as(port, "demo").delete("/engine-rest/user/demo");
    assertThat(deleted.status()).isEqualTo(409);
    assertThat(deleted.json().path("message").asText()).isEqualTo("不能删除最后一位系统管理员：请先指定另一位管理员");
    assertThat(identityService.createUserQuery().userId("demo").count()).isEqualTo(1);
  }

  @Test
  void aPasswordAPersonSetsFollowsThePolicy() {
    Rest zhaolei = Rest.as(port, "zhaolei");
    for (String weak : new String[] {"1", "abcdefghijk", "1234567890", "zhaolei2026x"}) {
      Rest.Response refused = zhaolei.put("/engine-rest/user/zhaolei/credentials",
          Map.of("password", weak, "authenticatedUserPassword", "demo"));
      assertThat(refused.status()).as(weak).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).as(weak)
          .isEqualTo("密码不符合要求：至少 10 个字符，同时包含字母和数字，且不能包含用户名、姓名或邮箱");
    }
    assertThat(zhaolei.get(PROFILE).status()).as("the old password still works").isEqualTo(200);

    assertThat(zhaolei.put("/engine-rest/user/zhaolei/credentials",
        Map.of("password", STRONG, "authenticatedUserPassword", "demo")).status()).isEqualTo(204);
    assertThat(Rest.as(port, "zhaolei", STRONG).get(PROFILE).status()).isEqualTo(200);
  }

  @Test
  void theWebappsShowThePolicy() {
    Rest.Response policy = Rest.as(port, "zhaolei").get("/engine-rest/identity/password-policy");
    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.json().path("rules").findValuesAsText("placeholder"))
        .containsExactly("LENGTH", "LETTER", "DIGIT", "USER_DATA");
  }

  @Test
  void namesComeFromTheOrganizationFileAndArePlainText() {
    Map<String, String> renamed = Map.of("id", "zhaolei", "firstName", "赵大磊", "lastName", "");
    Rest.Response own = Rest.as(port, "zhaolei").put(PROFILE, renamed);
    assertThat(own.status()).isEqualTo(403);
    assertThat(own.json().path("message").asText()).isEqualTo("姓名以组织名册为准，不能自行修改：请联系本单位教育实践活动办公室");

    Rest.Response markup = Rest.as(port, "demo").put(PROFILE,
        Map.of("id", "zhaolei", "firstName", "<img src=x onerror=alert(1)>", "lastName", ""));
    assertThat(markup.status()).isEqualTo(400);
    assertThat(markup.json().path("message").asText()).startsWith("姓名只能是不超过 30 个字的文字");
    assertThat(identityService.createUserQuery().userId("zhaolei").singleResult().getFirstName()).isEqualTo("赵磊");
  }

  @Test
  void aNewAccountMayChangeItsPasswordButNotDeleteItself() {
    Rest admin = Rest.as(port, "demo");
    Map<String, Object> weak = Map.of("profile", Map.of("id", "newcomer", "firstName", "新同志", "lastName", ""),
        "credentials", Map.of("password", "demo"));
    assertThat(admin.post("/engine-rest/user/create", weak).status()).isEqualTo(400);
    Map<String, Object> strong = Map.of("profile", Map.of("id", "newcomer", "firstName", "新同志", "lastName", ""),
        "credentials", Map.of("password", STRONG));
    assertThat(admin.post("/engine-rest/user/create", strong).status()).isEqualTo(204);

    assertThat(Rest.as(port, "newcomer", STRONG).delete("/engine-rest/user/newcomer").status()).isEqualTo(403);
    Authorization own = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(USER).resourceId("newcomer").userIdIn("newcomer").singleResult();
    assertThat(own.isPermissionGranted(UPDATE)).isTrue();
    assertThat(own.isPermissionGranted(DELETE)).isFalse();
  }

  @Test
  void theConsoleResetsAForgottenPasswordIfItIsStrong() throws Exception {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));
      passwordReset.run(new DefaultApplicationArguments("--reset-password=huangzhiming"));
      assertThat(passwordReset.getExitCode()).isEqualTo(1);
      assertThat(identityService.checkPassword("huangzhiming", "demo")).isTrue();

      System.setIn(new ByteArrayInputStream((STRONG + "\n").getBytes(StandardCharsets.UTF_8)));
      passwordReset.run(new DefaultApplicationArguments("--reset-password=huangzhiming"));
      assertThat(identityService.checkPassword("huangzhiming", STRONG)).isTrue();
    } finally {
      System.setIn(stdin);
    }
  }
}
