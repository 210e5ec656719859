package org.massline.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for tests: HTTP Basic as a demo user, or a browser-like session with cookies. */
public final class Rest {

  public static final ObjectMapper JSON = new ObjectMapper();

  public record Response(int status, String body, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private final String base;
  private final String authorization;
  private final HttpClient client;
  private final Map<String, String> headers;

  private Rest(String base, String authorization, HttpClient client) {
    this(base, authorization, client, Map.of());
  }

  private Rest(String base, String authorization, HttpClient client, Map<String, String> headers) {
    this.base = base;
    this.authorization = authorization;
    this.client = client;
    this.headers = headers;
  }

  /** The same client, sending one more header with every request. */
  public Rest withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Rest(base, authorization, client, more);
  }

  /** HTTP Basic as {@code user} with the demo password. */
  public static Rest as(int port, String user) {
    return as(port, user, "demo");
  }

  public static Rest as(int port, String user, String password) {
    return new Rest("http://localhost:" + port, basic(user, password), HttpClient.newHttpClient());
  }

  /** The same HTTP client (its connections and threads), as {@code user} with the demo password. */
  public Rest as(String user) {
    return new Rest(base, basic(user, "demo"), client, headers);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static Rest anonymous(int port) {
    return new Rest("http://localhost:" + port, null, HttpClient.newHttpClient());
  }

  /** A browser-like client: keeps cookies, does not follow redirects. */
  public static Rest browser(int port) {
    return new Rest("http://localhost:" + port, null,
        HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build());
  }

  public Response get(String path) {
    return send(request(path).header("Accept", "application/json, text/html").GET());
  }

  /** A download (a spreadsheet, say): its status and its bytes as they came. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  public Response getHtml(String path) {
    return send(request(path).header("Accept", "text/html").GET());
  }

  public Response post(String path, Object json) {
    return sendJson("POST", path, json);
  }

  public Response post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response postForm(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return post(path, "application/x-www-form-urlencoded", body.toString());
  }

  public Response put(String path, Object json) {
    return sendJson("PUT", path, json);
  }

  private Response sendJson(String method, String path, Object json) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(json))));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    headers.forEach(b::header);
    return b;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(), response);
    } catch (IOException | InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Form values as Tasklist submits them: primitives untyped, lists and objects as {@code Json}. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> v = new LinkedHashMap<>();
      if (value instanceof JsonValue json) {
        v.put("value", json.getValueSerialized());
        v.put("type", "Json");
      } else {
        v.put("value", value instanceof TypedValue typed ? typed.getValue() : value);
      }
      variables.put(name, v);
    });
    return variables;
  }
}
