package org.massline.app;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors of the project's own API as RFC 9457 problem details with a Chinese {@code detail}, repeated
 * as {@code message} (what the browser UI and older clients read); a bad request is never a 500 and
 * never echoes a parser's English message.
 */
@RestControllerAdvice(basePackages = "org.massline")
public class ApiErrors {

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(ResponseStatusException.class)
  ProblemDetail status(ResponseStatusException e) {
    return problem(e.getStatusCode(), e.getReason());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    log.debug("Unreadable request body", e);
    return problem(HttpStatus.BAD_REQUEST, "请求正文不是有效的 JSON，或与接口要求的格式不符");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "缺少参数“" + e.getParameterName() + "”");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return problem(HttpStatus.BAD_REQUEST, "缺少上传的字段“" + e.getRequestPartName() + "”");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(HttpStatus.BAD_REQUEST, "参数“" + e.getName() + "”的值“" + e.getValue() + "”格式不正确");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error in the API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请联系管理员");
  }

  /** The one error shape of the project's API and of its filters in front of it. */
  public static ProblemDetail problem(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title(status));
    problem.setProperty("message", detail);
    return problem;
  }

  private static String title(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求有误";
      case 401 -> "需要登录";
      case 403 -> "无权操作";
      case 404 -> "未找到";
      case 405 -> "不支持的请求方法";
      case 406 -> "无法提供所要求的格式";
      case 409 -> "与当前状态冲突";
      case 413 -> "内容过大";
      case 415 -> "不支持的内容类型";
      default -> status.is5xxServerError() ? "服务器错误" : "请求未能完成";
    };
  }

  /**
   * Errors raised before a controller is chosen (no matching method or content type, an oversized
   * multipart body): they have no handler, so the package-bound advice above never sees them.
   */
  @RestControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class BeforeHandler {

    private final DataSize multipartLimit;

    BeforeHandler(ObjectProvider<MultipartProperties> multipart) {
      this.multipartLimit = multipart.getIfAvailable(MultipartProperties::new).getMaxRequestSize();
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
      return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型“"
          + (e.getContentType() == null ? "未指定" : e.getContentType()) + "”：本接口接受 "
          + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
      return problem(HttpStatus.NOT_ACCEPTABLE, "无法以所要求的格式答复：本接口答复 "
          + e.getSupportedMediaTypes().stream().map(Object::toString).collect(Collectors.joining("、")));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
      return problem(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法“" + e.getMethod() + "”");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
      return problem(HttpStatus.PAYLOAD_TOO_LARGE, "上传的内容过大：不能超过 " + multipartLimit.toMegabytes() + "MB");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
      log.debug("Unreadable multipart request", e);
      return problem(HttpStatus.BAD_REQUEST, "上传的内容格式不正确（multipart/form-data）");
    }
  }
}
