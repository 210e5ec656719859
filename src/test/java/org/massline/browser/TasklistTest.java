package org.massline.browser;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.massline.browser.Tasklist.Viewport;
import org.massline.support.MasslineTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A walk through Tasklist's UI, once for each viewport ({@code @MethodSource("viewports")}); skipped
 * without Chromium (see {@link Tasklist#assumeChromium()}).
 */
abstract class TasklistTest extends MasslineTest {

  /** What the people do; {@link #walk} and {@link #browser} are theirs meanwhile. */
  @FunctionalInterface
  interface Steps {
    void walk() throws Exception;
  }

  @LocalServerPort
  int port;

  TasklistWalk walk;
  Tasklist browser;

  static Stream<Viewport> viewports() {
    return Stream.of(Viewport.DESKTOP, Viewport.PHONE);
  }

  @BeforeEach
  void chromiumIsThere() {
    Tasklist.assumeChromium();
  }

  /** Walks {@code steps} at that viewport; screenshots as {@code <name>-<viewport>-NN-<what>.png}. */
  void walk(Viewport viewport, String name, String forms, Steps steps) throws Exception {
    TasklistWalk.walk(port, viewport, engine, name, forms, started -> {
      walk = started;
      browser = started.browser();
      steps.walk();
    });
  }
}
