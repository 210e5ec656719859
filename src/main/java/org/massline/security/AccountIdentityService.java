package org.massline.security;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Camunda's identity service, leaving the password policy to {@link AccountIdentityProvider}: that
 * refuses a weak password a person sets with a Chinese reason where Camunda's own check fails with
 * an English one, and lets the passwords the system sets (the demo's, an import's initial one) be.
 */
public class AccountIdentityService extends IdentityServiceImpl {

  @Override
  public void saveUser(User user) {
    saveUser(user, true);
  }
}
