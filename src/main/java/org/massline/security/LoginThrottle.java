package org.massline.security;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed logins per account and address, and per address, and locks for a while whoever
 * reaches {@link LoginThrottleSettings}' limits. It replaces Camunda's lockout, which counted per
 * account only and so let anyone lock out anyone, forever. Time is Camunda's clock, so tests move it.
 * Kept in memory per node: a restart or a second node gives a guesser no more than one more round.
 */
@Component
public class LoginThrottle {

  /** Where a login comes from when it is not an HTTP request (Java code, the console). */
  static final String LOCAL = "local";
  /** Enough for every address of a large organization; beyond it, expired entries are dropped. */
  private static final int MAX_ENTRIES = 100_000;

  private final LoginThrottleSettings settings;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(LoginThrottleSettings settings) {
    this.settings = settings;
  }

  /** The address of the request being served (after trusted proxies), or {@link #LOCAL}. */
  public static String currentAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return LOCAL;
  }

  /** Until when logins of this account from this address are refused unchecked, if they are. */
  public Optional<Instant> lockedUntil(String userId, String address) {
    Instant now = now();
    return latest(entry(accountKey(userId, address)).lockedUntil(now), entry(addressKey(address)).lockedUntil(now));
  }

  public void failed(String userId, String address) {
    Instant now = now();
    if (failures.size() > MAX_ENTRIES) {
      failures.values().removeIf(f -> f.isStale(now, settings));
    }
    failures.computeIfAbsent(accountKey(userId, address), k -> new Failures())
        .add(now, settings.attemptsPerAccount(), settings);
    failures.computeIfAbsent(addressKey(address), k -> new Failures())
        .add(now, settings.attemptsPerAddress(), settings);
  }

  /** The right password: this account's failures from this address are forgiven. */
  public void succeeded(String userId, String address) {
    failures.remove(accountKey(userId, address));
  }

  /** Lifts every lock (an administrator's reset of a password, the tests). */
  public void clear() {
    failures.clear();
  }

  private Failures entry(String key) {
    return failures.getOrDefault(key, Failures.NONE);
  }

  private static String accountKey(String userId, String address) {
    return "account:" + userId + "@" + address;
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
  }

  /** The failures of one key within the window, and its lock. */
  private static final class Failures {

    static final Failures NONE = new Failures();

    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    synchronized void add(Instant now, int limit, LoginThrottleSettings settings) {
      forgetBefore(now.minus(settings.window()));
      times.addLast(now);
      if (times.size() >= limit) {
        lockedUntil = now.plus(settings.lock());
        times.clear();
      }
    }

    synchronized Optional<Instant> lockedUntil(Instant now) {
      return lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    synchronized boolean isStale(Instant now, LoginThrottleSettings settings) {
      forgetBefore(now.minus(settings.window()));
      return times.isEmpty() && !lockedUntil.isAfter(now);
    }

    private void forgetBefore(Instant start) {
      while (!times.isEmpty() && times.peekFirst().isBefore(start)) {
        times.removeFirst();
      }
    }
  }
}
