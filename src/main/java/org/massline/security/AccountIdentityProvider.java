package org.massline.security;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.massline.forms.EngineUsers;
import org.massline.forms.Refusals;
import org.massline.forms.Text;

/**
 * Camunda's database identity with the project's account rules, applied in the engine's commands
 * so that the REST API, the webapps and Java code all meet them:
 * <ul>
 *   <li>passwords are checked through the {@link LoginThrottle} instead of Camunda's lockout;</li>
 *   <li>a password a person sets (their own, or an administrator for someone) follows the
 *       {@link PasswordRules}; the system's own (the demo's, an import's initial one) are set
 *       with no one logged in and are the configuration's business;</li>
 *   <li>a person who is not an administrator may not change their name (the organization file
 *       sets it), and names anyone sets must be plain, well-formed text;</li>
 *   <li>the last administrator cannot be deleted.</li>
 * </ul>
 */
public class AccountIdentityProvider extends DbIdentityServiceProvider {

  static final int MAX_NAME_LENGTH = 30;

  private final LoginThrottle throttle;

  public AccountIdentityProvider(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    String address = LoginThrottle.currentAddress();
    if (throttle.lockedUntil(userId, address).isPresent()) {
      return false;
    }
    UserEntity user = findUserById(userId);
    // a user without a password yet (imported in production) cannot log in
    boolean matches = user != null && user.getPassword() != null && matchPassword(password, user);
    if (matches) {
      throttle.succeeded(userId, address);
    } else {
      throttle.failed(userId, address);
    }
    return matches;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    Authentication person = EngineUsers.current();
    if (person != null) {
      UserEntity entity = (UserEntity) user;
      if (entity.hasNewPassword() && !entity.checkPasswordAgainstPolicy()) {
        throw Refusals.invalid("password", PasswordRules.REASON);
      }
      checkName(user.getFirstName(), true);
      checkName(user.getLastName(), false);
      if (EngineUsers.isRestricted(person) && entity.getRevision() != 0) {
        UserEntity stored = Context.getCommandContext().runWithoutAuthorization(() -> findUserById(user.getId()));
        if (stored != null && (!Objects.equals(stored.getFirstName(), user.getFirstName())
            || !Objects.equals(blankToEmpty(stored.getLastName()), blankToEmpty(user.getLastName())))) {
          throw Refusals.forbidden("姓名以组织名册为准，不能自行修改：请联系本单位教育实践活动办公室");
        }
      }
    }
    return super.saveUser(user);
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    boolean lastAdmin = Context.getCommandContext().runWithoutAuthorization(() ->
        createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list().stream().map(User::getId).toList()
            .equals(List.of(userId)));
    if (lastAdmin) {
      throw Refusals.conflict("不能删除最后一位系统管理员：请先指定另一位管理员");
    }
    return super.deleteUser(userId);
  }

  private static void checkName(String name, boolean required) {
    if (name == null || name.isBlank()) {
      if (required) {
        throw Refusals.invalid("firstName", "请填写姓名");
      }
      return;
    }
    if (!Text.isWellFormed(name) || name.chars().anyMatch(c -> Character.isISOControl(c) || "<>&\"'".indexOf(c) >= 0)
        || Text.visibleLength(name) > MAX_NAME_LENGTH) {
      throw Refusals.invalid("firstName", "姓名只能是不超过 " + MAX_NAME_LENGTH + " 个字的文字，不能含有 < > & \" ' 或控制字符");
    }
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s;
  }
}
