package org.massline.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.massline.app.Clock;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security's only user store is Camunda's identity: passwords are checked with
 * {@link IdentityService#checkPassword}, which the engine's {@link LoginThrottle} guards; a login
 * it refuses unchecked is told so, with the time it opens again. Authorities are the user's Camunda groups ({@code GROUP_<id>}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Clock.ZONE);

  private final IdentityService identityService;
  private final CurrentUser currentUser;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, CurrentUser currentUser,
      LoginThrottle throttle) {
    this.identityService = identityService;
    this.currentUser = currentUser;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || !passwordMatches(userId, credentials.toString())) {
      Optional<Instant> lockedUntil = userId == null ? Optional.empty()
          : throttle.lockedUntil(userId, LoginThrottle.currentAddress());
      if (lockedUntil.isPresent()) {
        throw new LockedException("登录失败次数过多，已暂停登录，请于 " + TIME.format(lockedUntil.get()) + " 后再试");
      }
      throw new BadCredentialsException("用户名或密码错误");
    }
    List<SimpleGrantedAuthority> authorities = currentUser.groupsOf(userId).stream()
        .map(group -> new SimpleGrantedAuthority("GROUP_" + group))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  private boolean passwordMatches(String userId, String password) {
    try {
      return identityService.checkPassword(userId, password);
    } catch (RuntimeException e) {
      // an id the engine refuses outright (not a valid resource id) is a wrong login, not an error
      return false;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
