package org.massline.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Camunda's REST API (and the webapps' copy of it) answers most refusals with 500, English
 * prefixes, SQL or class names. Every error answer of those paths is rewritten here into Camunda's
 * error shape ({@code type}, {@code message}) with the status and Chinese reason of the
 * {@link Refusal} the engine recorded, or else a Chinese reason for the status, without internals
 * (the original is logged). Bodies larger than {@code massline.rest.max-request-size} are refused
 * before anything reads them, so no upload can fill the memory.
 */
@Configuration
@EnableConfigurationProperties(EngineErrorResponses.Limits.class)
public class EngineErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(EngineErrorResponses.class);
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What Camunda says in English for requests people commonly get wrong, and what it means. */
  private static final List<Translation> TRANSLATIONS = List.of(
      new Translation("(?s).*'CREATE_INSTANCE' permission.*", 403, "无权发起该流程"),
      new Translation("(?s).*Cannot find task with id.*|(?s).*No matching task with id.*|(?s).*task is null.*", 404,
          "任务不存在或已经办结，请刷新任务列表"),
      new Translation("(?s).*No subscriptions were found during evaluation of the conditional start events.*", 400,
          "没有可按条件发起的流程"),
      new Translation("(?s).*Cannot correlate.*message.*", 400, "没有等待该消息的流程"),
      new Translation("(?s).*(Cannot convert value|Unsupported value type|Cannot find serializer|"
          + "Unrecognized token|Unexpected character|Cannot deserialize|Unexpected end-of-input|"
          + "not one of the values accepted|Invalid variable type).*", 400,
          "请求格式不正确：变量的类型或取值无法识别"),
      new Translation("(?s).*(No matching|does not exist|not found|Cannot find).*", 404, "未找到所请求的对象"));

  private record Translation(String pattern, int status, String reason) {
  }

  @ConfigurationProperties("massline.rest")
  public record Limits(@DefaultValue("10MB") DataSize maxRequestSize) {
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> engineErrorResponsesFilter(Limits limits) {
    OncePerRequestFilter filter = new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > limits.maxRequestSize().toBytes()) {
          write(response, 413, "PayloadTooLarge", "请求内容过大：最多 " + limits.maxRequestSize().toMegabytes() + " MB");
          return;
        }
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(new BoundedRequest(request, limits.maxRequestSize().toBytes()), capture);
        if (capture.isError()) {
          rewrite(request, response, capture);
        }
      }
    };
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName("Massline engine error responses");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
    return registration;
  }

  private static void rewrite(HttpServletRequest request, HttpServletResponse response, ErrorCapture capture)
      throws IOException {
    Refusal refusal = Refusal.of(RequestContextHolder.getRequestAttributes());
    if (refusal == null) {
      refusal = (Refusal) request.getAttribute(Refusal.ATTRIBUTE);
    }
    JsonNode original = capture.body();
    String type = original.path("type").asText("Error");
    String message = original.path("message").asText("");
    int status = capture.getStatus();
    if (refusal != null) {
      write(response, refusal.status(), type, refusal.reason());
    } else if (original.has("details") && status == 400) {
      // a BPMN or DMN that does not parse: the administrator needs the parser's details
      ((ObjectNode) original).put("message", "文件无法解析，请按下列详情修改后重新部署：" + message);
      write(response, status, original);
    } else if (CHINESE.matcher(message).find() && status < 500) {
      write(response, status, type, message);
    } else {
      Translation known = TRANSLATIONS.stream().filter(t -> message.matches(t.pattern())).findFirst().orElse(null);
      int answered = known != null ? known.status() : status;
      log.info("{} {} answered {} (was {}): {}", request.getMethod(), request.getRequestURI(), answered, status,
          message);
      write(response, answered, type, known != null ? known.reason() : reasonFor(answered));
    }
  }

  private static String reasonFor(int status) {
    return switch (status) {
      case 400 -> "请求格式不正确";
      case 401 -> "需要登录";
      case 403 -> "无权执行此操作";
      case 404 -> "未找到所请求的对象";
      case 405 -> "不支持该请求方法";
      case 406, 415 -> "不支持该内容类型";
      case 409 -> "数据已被他人修改，请刷新后重试";
      default -> status >= 500 ? "服务器内部错误，请稍后重试；如仍失败请联系管理员" : "请求未能完成";
    };
  }

  private static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    write(response, status, JSON.valueToTree(Map.of("type", type, "message", message)));
  }

  private static void write(HttpServletResponse response, int status, JsonNode body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** A body sent without a length (chunked) is cut off at the limit, too. */
  private static final class BoundedRequest extends jakarta.servlet.http.HttpServletRequestWrapper {
    private final long limit;

    BoundedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
      jakarta.servlet.ServletInputStream in = super.getInputStream();
      return new jakarta.servlet.ServletInputStream() {
        private long read;

        @Override
        public int read() throws IOException {
          int b = in.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          count(Math.max(n, 0));
          return n;
        }

        private void count(int n) throws IOException {
          read += n;
          if (read > limit) {
            Refusal.record(413, "请求内容过大：最多 " + DataSize.ofBytes(limit).toMegabytes() + " MB");
            throw new IOException("request body over " + limit + " bytes");
          }
        }

        @Override
        public boolean isFinished() {
          return in.isFinished();
        }

        @Override
        public boolean isReady() {
          return in.isReady();
        }

        @Override
        public void setReadListener(jakarta.servlet.ReadListener listener) {
          in.setReadListener(listener);
        }
      };
    }
  }

  /** Passes successful answers through untouched; keeps an error answer's body to rewrite it. */
  private static final class ErrorCapture extends HttpServletResponseWrapper {
    private ByteArrayOutputStream buffer;
    private boolean errorSent;

    ErrorCapture(HttpServletResponse response) {
      super(response);
    }

    boolean isError() {
      return errorSent || buffer != null;
    }

    JsonNode body() {
      try {
        return buffer == null || buffer.size() == 0 ? JSON.createObjectNode() : JSON.readTree(buffer.toByteArray());
      } catch (IOException notJson) {
        return JSON.createObjectNode();
      }
    }

    @Override
    public void sendError(int sc, String msg) {
      setStatus(sc);
      errorSent = true;
    }

    @Override
    public void sendError(int sc) {
      sendError(sc, null);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (getStatus() < 400) {
        return super.getOutputStream();
      }
      if (buffer == null) {
        buffer = new ByteArrayOutputStream();
      }
      ByteArrayOutputStream target = buffer;
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          target.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (getStatus() < 400) {
        return super.getWriter();
      }
      return new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8), true);
    }

    @Override
    public void setContentLength(int len) {
      if (getStatus() < 400) {
        super.setContentLength(len);
      }
    }

    @Override
    public void setContentLengthLong(long len) {
      if (getStatus() < 400) {
        super.setContentLengthLong(len);
      }
    }

    @Override
    public void flushBuffer() throws IOException {
      if (getStatus() < 400) {
        super.flushBuffer();
      }
    }
  }
}
