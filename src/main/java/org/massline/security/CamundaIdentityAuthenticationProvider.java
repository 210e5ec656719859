package org.massline.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Spring Security's only user store is Camunda's identity: passwords are checked with
 * {@link IdentityService#checkPassword}, which also applies Camunda's login-attempt lockout.
 * Authorities are the user's Camunda groups ({@code GROUP_<id>}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final CurrentUser currentUser;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService, CurrentUser currentUser) {
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null || !passwordMatches(userId, credentials.toString())) {
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
      // a user without a password yet (imported in production): Camunda fails instead of saying no
      return false;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
