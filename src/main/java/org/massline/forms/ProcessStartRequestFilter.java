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
 * {@code POST /engine-rest/process-definition/.../start} answers any engine exception with 500, so
 * the {@link StartGuard}s are asked here, before the engine starts anything: a refused business
 * key gets a 400 with the reason, in Camunda's error format. (Tasklist starts through
 * {@code submit-form}, which {@link ValidatingFormService} guards.)
 */
@Configuration
public class ProcessStartRequestFilter {

  private static final Pattern START = Pattern.compile(
      "/engine-rest/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/start");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> processStartGuardFilter(StartGuards guards,
      RepositoryService repositoryService) {
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
        Optional<String> refusal = processKey(m, repositoryService)
            .flatMap(key -> guards.refusal(key, businessKey(json, body)));
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
    registration.addUrlPatterns("/engine-rest/process-definition/*");
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

  private static String businessKey(ObjectMapper json, byte[] body) {
    try {
      JsonNode node = json.readTree(body);
      return node == null ? null : node.path("businessKey").asText(null);
    } catch (IOException e) {
      return null; // malformed JSON is the engine's to answer
    }
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
