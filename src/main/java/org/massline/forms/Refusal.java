package org.massline.forms;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Why the engine refused what a person asked, with the HTTP status it means. Camunda's REST layer
 * answers most engine exceptions with 500 and an English prefix; the refusal is kept on the current
 * request so that {@link EngineErrorResponses} can answer with this status and this Chinese reason
 * whatever exception type carried it and whichever REST path (the API, the webapps' copy) was used.
 */
public record Refusal(int status, String reason) {

  static final String ATTRIBUTE = Refusal.class.getName();

  public static final int BAD_REQUEST = 400;
  public static final int FORBIDDEN = 403;
  public static final int NOT_FOUND = 404;
  public static final int CONFLICT = 409;

  /** Keeps the refusal for the answer to the request being served, if any (not in a job). */
  public static void record(int status, String reason) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, new Refusal(status, reason), RequestAttributes.SCOPE_REQUEST);
    }
  }

  static Refusal of(RequestAttributes request) {
    return request == null ? null : (Refusal) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
  }
}
