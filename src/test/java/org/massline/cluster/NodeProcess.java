package org.massline.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real application node: {@code java -jar target/massline.jar} in its own process, on a loopback
 * port, its output in {@code target/nodes/<name>.log}. {@link #kill()} is {@code kill -9}.
 */
final class NodeProcess {

  final String name;
  final int port;
  private final List<String> args;
  private final Map<String, String> environment;
  private Process process;

  NodeProcess(String name, Map<String, String> environment, List<String> args) {
    this.name = name;
    this.port = freePort();
    this.environment = environment;
    this.args = args;
  }

  NodeProcess start() throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-jar", jar().getPath(), "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name,
        // the yearly look-back would add work of its own to what the cluster tests count, depending on the date
        "--massline.look-back.automatic=false"));
    command.addAll(args);
    File log = Path.of("target", "nodes", name + ".log").toFile();
    log.getParentFile().mkdirs();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log));
    builder.environment().putAll(environment);
    process = builder.start();
    return this;
  }

  /** Waits until {@code /actuator/health} answers UP. */
  NodeProcess awaitHealthy(Duration timeout) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + ", see target/nodes/" + name + ".log");
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("UP")) {
          return this;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not become healthy in " + timeout);
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** {@code kill -9}: no shutdown hook runs, nothing is flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static File jar() {
    File jar = Path.of("target", "massline.jar").toFile();
    if (!jar.isFile()) {
      throw new IllegalStateException("target/massline.jar is missing: run the cluster tests with mvn verify");
    }
    return jar;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
