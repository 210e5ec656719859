package org.massline.forms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Deployed forms as Tasklist fetches them:
 * <ul>
 *   <li>each states its own limits: every field's description carries the lengths, ranges and date format its
 *       schema enforces ("至少 10 字，最多 4000 字"), derived from the schema so the words cannot drift from the
 *       checks;</li>
 *   <li>a start form offers the choices its {@link StartGuard} gives this person (Tasklist loads no variables for
 *       a start form, so a {@code valuesKey} would stay empty): the office's own units, by name.</li>
 * </ul>
 */
@Configuration
public class DeployedForms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEPLOYED_FORM = Pattern.compile(".*/(deployed-form|deployed-start-form)/?$");
  /** The definition a start form is asked of: by key (any tenant) or by id. */
  private static final Pattern START_FORM_OF = Pattern.compile(
      ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/deployed-start-form/?$");

  /** The form with the limits of each field appended to its description. */
  public static String withHints(String schema) {
    return withHints(schema, Map.of());
  }

  /** The same, and each field whose {@code valuesKey} has options offering those. */
  public static String withHints(String schema, Map<String, List<FormOption>> options) {
    try {
      JsonNode form = JSON.readTree(schema);
      addHints(form.path("components"));
      addOptions(form.path("components"), options);
      return JSON.writeValueAsString(form);
    } catch (IOException notJson) {
      return schema;
    }
  }

  private static void addOptions(JsonNode components, Map<String, List<FormOption>> options) {
    for (JsonNode component : components) {
      List<FormOption> offered = options.get(component.path("valuesKey").asText(""));
      if (offered != null && component instanceof ObjectNode field) {
        field.remove("valuesKey");
        field.set("values", JSON.valueToTree(offered));
      }
      addOptions(component.path("components"), options);
    }
  }

  private static void addHints(JsonNode components) {
    for (JsonNode component : components) {
      String hint = hint(component);
      if (!hint.isEmpty() && component instanceof ObjectNode field) {
        String description = component.path("description").asText("");
        field.put("description", description.isBlank() ? hint : description + "（" + hint + "）");
      }
      addHints(component.path("components"));
    }
  }

  static String hint(JsonNode component) {
    JsonNode validate = component.path("validate");
    List<String> parts = new ArrayList<>();
    if (validate.has("minLength")) {
      parts.add("至少 " + validate.get("minLength").asInt() + " 字");
    }
    if (validate.has("maxLength")) {
      parts.add("最多 " + validate.get("maxLength").asInt() + " 字");
    }
    if (validate.has("min") && validate.has("max")) {
      parts.add("可填 " + validate.get("min").asText() + "–" + validate.get("max").asText());
    } else if (validate.has("min")) {
      parts.add("不小于 " + validate.get("min").asText());
    } else if (validate.has("max")) {
      parts.add("不大于 " + validate.get("max").asText());
    }
    if ("datetime".equals(component.path("type").asText()) && "date".equals(component.path("subtype").asText("date"))) {
      parts.add("格式：年-月-日，如 2026-03-01");
    }
    return String.join("，", parts);
  }

  private static String processKey(Matcher startForm, RepositoryService repository) {
    if (startForm.group(1) != null) {
      return UriUtils.decode(startForm.group(1), StandardCharsets.UTF_8);
    }
    // the form was given, so the person may read the definition
    return repository.getProcessDefinition(UriUtils.decode(startForm.group(2), StandardCharsets.UTF_8)).getKey();
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> deployedFormsFilter(StartGuards guards,
      IdentityService identity, RepositoryService repository) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !DEPLOYED_FORM.matcher(request.getRequestURI()).matches();
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        if (captured.getStatus() == 200) {
          Map<String, List<FormOption>> options = Map.of();
          Authentication user = SecurityContextHolder.getContext().getAuthentication();
          Matcher startForm = START_FORM_OF.matcher(request.getRequestURI());
          if (startForm.matches() && user != null) {
            List<String> groups = identity.createGroupQuery().groupMember(user.getName()).list().stream()
                .map(Group::getId).toList();
            options = guards.startFormOptions(processKey(startForm, repository), user.getName(), groups);
          }
          byte[] body = withHints(new String(captured.getContentAsByteArray(), StandardCharsets.UTF_8), options)
              .getBytes(StandardCharsets.UTF_8);
          captured.resetBuffer();
          captured.setContentLength(body.length);
          captured.getOutputStream().write(body);
        }
        captured.copyBodyToResponse();
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("Massline deployed forms");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
    return registration;
  }
}
