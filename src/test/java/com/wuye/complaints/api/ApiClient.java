package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.wuye.complaints.support.RequestBodies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Calls the running application over real HTTP, as a given user (or nobody). */
final class ApiClient {

  record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

    /** This answer has the status (else its body says why); the answer, to read on. */
    Reply expect(int expected) {
      assertThat(status).as(body).isEqualTo(expected);
      return this;
    }

    /** As {@link #expect(int)}, saying what the answer is about. */
    Reply expect(int expected, String about) {
      assertThat(status).as(about + ": " + body).isEqualTo(expected);
      return this;
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  final String base;

  ApiClient(int port) {
    this.base = "http://localhost:" + port;
  }

  /** As this user (null: nobody signed in): "as user X, do Y", then Reply#expect "status Z". */
  As as(String user) {
    return new As(user);
  }

  /** Requests as one user. */
  final class As {

    private final String user;

    private As(String user) {
      this.user = user;
    }

    Reply get(String path) {
      return ApiClient.this.get(user, path);
    }

    Reply post(String path, Object body) {
      return ApiClient.this.post(user, path, body, Map.of());
    }
  }

  Reply get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  Reply post(String user, String path, Object body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    body instanceof String s ? s : write(body), StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(user, request);
  }

  /** Any method, as a test user (password = user id; null body: none). */
  Reply send(String user, String method, String path, Object body) {
    return send(user, user, method, path, body);
  }

  /** Any method, as a user with a password of their own (null body: none). */
  Reply send(String user, String password, String method, String path, Object body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : write(body), StandardCharsets.UTF_8));
    return send(user, password, request);
  }

  /** Any method, as a user with this password (null: nobody), with headers (null body: none). */
  Reply send(
      String user,
      String password,
      String method,
      String path,
      Object body,
      Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(
              method,
              HttpRequest.BodyPublishers.ofString(
                  body instanceof String s ? s : write(body), StandardCharsets.UTF_8));
    }
    headers.forEach(request::header);
    return send(user, password, request);
  }

  Reply send(HttpRequest.Builder request) {
    return send(null, null, request);
  }

  private Reply send(String user, HttpRequest.Builder request) {
    return send(user, user, request);
  }

  private Reply send(String user, String password, HttpRequest.Builder request) {
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return exchange(HTTP, request);
  }

  /** Sends the request with this client and reads the answer as text. */
  static Reply exchange(HttpClient client, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A valid household leak repair request (R-REP-1) from a new requester. */
  static Map<String, Object> validRepair() {
    String phone = newPhone("136");
    Map<String, Object> body =
        RequestBodies.repair("王芳", phone, "B" + phone.substring(6), "1", "802");
    body.put("facility", "LEAK");
    return body;
  }

  /** A valid GENERAL cleaning complaint from a new complainant at a building of its own. */
  static Map<String, Object> validIntake() {
    String phone = newPhone("137");
    return RequestBodies.complaint(phone, "A" + phone.substring(6));
  }

  private static String newPhone(String prefix) {
    return prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> copy(Map<String, Object> body) {
    Map<String, Object> copy = new LinkedHashMap<>();
    body.forEach(
        (key, value) ->
            copy.put(
                key,
                value instanceof Map<?, ?> nested ? copy((Map<String, Object>) nested) : value));
    return copy;
  }

  static Map<String, String> key(String idempotencyKey) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Idempotency-Key", idempotencyKey);
    return headers;
  }
}
