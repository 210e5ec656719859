package org.massline.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CSRF protection for the Basic-authenticated APIs: a browser that once logged in with Basic
 * credentials sends them again with any request, also one a page of another site makes. Such a
 * write carries a foreign {@code Origin} or {@code Sec-Fetch-Site: cross-site}; it is refused.
 * Clients that are not browsers send neither header and are not affected.
 */
class SameOriginWrites extends OncePerRequestFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SAFE.contains(request.getMethod()) && isCrossSite(request)) {
      SecurityConfig.json(response, HttpStatus.FORBIDDEN, "拒绝来自其他网站的请求");
      return;
    }
    chain.doFilter(request, response);
  }

  static boolean isCrossSite(HttpServletRequest request) {
    if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      return true;
    }
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return false;
    }
    int port = request.getServerPort();
    boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
        || ("https".equals(request.getScheme()) && port == 443);
    String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    return !origin.equalsIgnoreCase(own);
  }
}
