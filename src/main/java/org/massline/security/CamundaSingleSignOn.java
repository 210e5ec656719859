package org.massline.security;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated to Camunda: the webapps (Tasklist, Cockpit, Admin)
 * and the engine REST API read it from the request principal, so one login serves them all and
 * the engine's authorization checks apply to that user and their groups.
 */
@Configuration
public class CamundaSingleSignOn {

  /** Right after Spring Security's filter chain, before Camunda's own webapp filters. */
  private static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  @Bean
  public FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn(CamundaBpmProperties properties) {
    String path = properties.getWebapp().getApplicationPath();
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Massline webapp single sign-on");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName()));
    registration.addUrlPatterns(path + "/app/*", path + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(ORDER);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("Massline engine REST authentication");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        ContainerBasedAuthenticationProvider.class.getName(),
        "rest-url-pattern-prefix", "/engine-rest"));
    registration.addUrlPatterns("/engine-rest/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(ORDER);
    return registration;
  }
}
