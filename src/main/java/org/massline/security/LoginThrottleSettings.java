package org.massline.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How hard a password guesser is slowed down ({@code massline.login-throttle}). Failures count per
 * account from one address, and per address over all accounts, within {@code window}; reaching a
 * limit locks that pair (or that address) for {@code lock}, after which it is open again. A
 * stranger elsewhere thus cannot lock an administrator out, and no lock outlives its time.
 */
@ConfigurationProperties("massline.login-throttle")
public record LoginThrottleSettings(
    @DefaultValue("5") int attemptsPerAccount,
    @DefaultValue("30") int attemptsPerAddress,
    @DefaultValue("PT15M") Duration window,
    @DefaultValue("PT15M") Duration lock) {

  public LoginThrottleSettings {
    if (attemptsPerAccount < 1 || attemptsPerAddress < 1 || window.isNegative() || window.isZero()
        || lock.isNegative() || lock.isZero()) {
      throw new IllegalArgumentException("massline.login-throttle: attempts must be at least 1, window and lock positive");
    }
  }
}
