package org.massline.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Installs the project's account rules in the engine: {@link AccountIdentityProvider} as the
 * identity store, the {@link PasswordRules} as Camunda's password policy, and a user's own
 * authorization on themselves without DELETE (Camunda grants ALL, so anyone could delete their
 * own account while the organization still lists them).
 */
@Component
public class AccountsPlugin implements ProcessEnginePlugin {

  /** What a user may do with their own account: read it, change their password. */
  public static final Permission[] OWN_ACCOUNT = {READ, UPDATE};

  private final LoginThrottle throttle;

  public AccountsPlugin(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityService(new AccountIdentityService());
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AccountIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new AccountIdentityProvider(throttle);
      }
    });
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new PasswordRules());
    configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
      @Override
      public AuthorizationEntity[] newUser(User user) {
        AuthorizationEntity own = createGrantAuthorization(user.getId(), null, USER,
            user.getId(), OWN_ACCOUNT);
        return new AuthorizationEntity[] {own};
      }
    });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // nothing after initialisation
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // nothing after the build
  }
}
