package org.massline.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.massline.app.ApiErrors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Spring Security in front of everything. Two chains:
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic against Camunda's identity,
 *       stateless (no session cookie is read, so no CSRF exposure); 401/403 as JSON in Chinese.</li>
 *   <li>everything else: a Chinese login page, a session, CSRF on every form. Camunda's webapps
 *       bring their own CSRF filter for {@code /camunda/api/**}, so Spring's is not applied there.</li>
 * </ul>
 * Public without login: the login page, its stylesheet, and the health endpoint.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

  static final String REALM = "Massline";
  private static final ObjectMapper PROBLEMS = new ObjectMapper()
      .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);
  static final String OWN_PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  @Bean
  @Order(1)
  public SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    AuthenticationEntryPoint basic = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
      json(response, HttpStatus.UNAUTHORIZED, e instanceof LockedException ? e.getMessage()
          : "需要登录：请使用用户名和密码（HTTP Basic）访问接口");
    };
    AccessDeniedHandler denied = (request, response, e) -> json(response, HttpStatus.FORBIDDEN, "无权访问");
    http.securityMatcher(new OrRequestMatcher(withDefaults().matcher("/engine-rest/**"), withDefaults().matcher("/api/**")))
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName(REALM).authenticationEntryPoint(basic))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        // no session, but a browser resends cached Basic credentials: refuse writes from other sites
        .addFilterBefore(new SameOriginWrites(), BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.authenticationEntryPoint(basic).accessDeniedHandler(denied));
    return http.build();
  }

  @Bean
  @Order(2)
  public SecurityFilterChain webChain(HttpSecurity http) throws Exception {
    RequestMatcher camundaApi = withDefaults().matcher("/camunda/api/**");
    http.authorizeHttpRequests(a -> a
            .requestMatchers(withDefaults().matcher("/login"), withDefaults().matcher("/css/**"),
                withDefaults().matcher("/favicon.ico"), withDefaults().matcher("/error"),
                withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/**"))
            .permitAll()
            .anyRequest().authenticated())
        // most users are participants: after logging in they land in Tasklist, unless they asked for another page
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl(LoginController.TASKLIST).failureHandler(loginFailure()))
        // Camunda's own logout (the webapps' menu, or called directly) ends the one session too,
        // else the single sign-on would log the user straight back in
        .logout(l -> l.logoutRequestMatcher(new OrRequestMatcher(withDefaults().matcher(HttpMethod.POST, "/logout"),
                withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
            .logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
        .csrf(c -> c.ignoringRequestMatchers(camundaApi))
        // the webapps' XHR calls get a plain 401; pages get the login page
        .exceptionHandling(e -> e.authenticationEntryPoint(webEntryPoint(camundaApi)))
        .headers(h -> h
            // the project's own pages; the webapps send their own policy
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new OrRequestMatcher(
                withDefaults().matcher("/login"), withDefaults().matcher("/logout"), withDefaults().matcher("/error")),
                new StaticHeadersWriter("Content-Security-Policy", OWN_PAGES_POLICY)))
            .frameOptions(f -> f.sameOrigin())
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** A wrong password back to the login page; a throttled login to the page saying so. */
  private static AuthenticationFailureHandler loginFailure() {
    ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
    handler.setDefaultFailureUrl("/login?error");
    handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
    return handler;
  }

  private static AuthenticationEntryPoint webEntryPoint(RequestMatcher camundaApi) {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
    entryPoints.put(camundaApi, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }

  /** A refusal before any controller: the API's problem-detail shape, with Camunda's {@code message} too. */
  static void json(HttpServletResponse response, HttpStatus status, String message) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PROBLEMS.writeValue(response.getWriter(), ApiErrors.problem(status, message));
  }
}
