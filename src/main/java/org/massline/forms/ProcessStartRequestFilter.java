package org.massline.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.massline.security.CurrentUser;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code POST .../process-definition/.../start} (the REST API, and the webapps' own copy of it under
 * {@code /camunda/api/engine}) answers any engine exception with 500, so the {@link StartGuard}s are
 * asked here, before the engine starts anything: a refused business key or starter gets a 400 with
 * the reason, in Camunda's error format. A guarded process is started plainly: no start
 * instructions (which would start it in the middle), no variables (which would forge its ids), no
 * skipped listeners. (Tasklist starts through {@code submit-form}, which {@link ValidatingFormService}
 * guards.)
 */
@Configuration
public class ProcessStartRequestFilter {

  private static final Pattern START = Pattern.compile(
      "(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/start");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> processStartGuardFilter(StartGuards guards,
      RepositoryService repositoryService, CurrentUser currentUser) {
    ObjectMapper json = new ObjectMapper();
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Matcher m = START.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!"POST".equals(request.getMethod()) || !m.matches()) {
          chain.doFilter(request, response);
          return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        Optional<String> refusal = processKey(m, repositoryService).filter(guards::guards)
            .flatMap(key -> plainStart(json, body).or(() -> {
              String user = currentUser.id();
              return guards.refusal(key, businessKey(json, body), user, currentUser.groupsOf(user));
            }));
        if (refusal.isPresent()) {
          ObjectNode error = json.createObjectNode();
          error.put("type", "InvalidRequestException");
          error.put("message", "无法发起流程：" + refusal.get());
          response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          response.setContentType(MediaType.APPLICATION_JSON_VALUE);
          response.setCharacterEncoding("UTF-8");
          json.writeValue(response.getWriter(), error);
          return;
        }
        chain.doFilter(new CachedBody(request, body), response);
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("Massline process start guard");
    registration.addUrlPatterns("/engine-rest/process-definition/*", "/camunda/api/engine/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  private static Optional<String> processKey(Matcher m, RepositoryService repositoryService) {
    if (m.group(1) != null) {
      return Optional.of(m.group(1));
    }
    try {
      return Optional.ofNullable(repositoryService.getProcessDefinition(m.group(2))).map(ProcessDefinition::getKey);
    } catch (RuntimeException e) {
      return Optional.empty(); // an unknown id is the engine's to answer
    }
  }

  /** Why the request is more than a plain start by business key, if it is. */
  private static Optional<String> plainStart(ObjectMapper json, byte[] body) {
    JsonNode node = read(json, body);
    if (node == null) {
      return Optional.empty();
    }
    if (node.path("startInstructions").size() > 0 || node.path("skipCustomListeners").asBoolean(false)
        || node.path("skipIoMappings").asBoolean(false)) {
      return Optional.of("不能从流程中间开始，也不能跳过监听器或输入输出映射");
    }
    if (node.path("variables").size() > 0) {
      return Optional.of("只需以单位编号作为业务键发起，不能附带流程变量");
    }
    return Optional.empty();
  }

  private static JsonNode read(ObjectMapper json, byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null; // malformed JSON is the engine's to answer
    }
  }

  private static String businessKey(ObjectMapper json, byte[] body) {
    JsonNode node = read(json, body);
    return node == null ? null : node.path("businessKey").asText(null);
  }

  /** The request with its body, already read, served again to the engine. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body only");
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
