package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A person signed in to the webapps as a browser is: session cookie, CSRF token on every change.
 */
final class WebappSession {

  private final HttpClient browser;
  private final CookieManager cookies = new CookieManager();
  private final String base;

  private WebappSession(String base) {
    this.base = base;
    this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  static WebappSession signIn(ApiClient api, String user) {
    WebappSession session = new WebappSession(api.base);
    session.call("GET", "/camunda/app/tasklist/default/", null, "text/html");
    ApiClient.Reply login =
        session.call(
            "POST",
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "username=" + user + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded");
    if (login.status() != 200) {
      throw new AssertionError("webapp login of " + user + " failed: " + login.status());
    }
    // signing in starts a new session; its CSRF token comes with the next read, as in the browser
    session.call("GET", "/camunda/api/admin/auth/user/default", null, "application/json");
    ApiClient.Reply control = session.engine("POST", "/task/count", "{}");
    if (control.status() != 200) {
      throw new AssertionError(
          "webapp session of " + user + " cannot run a plain query: " + control.status());
    }
    return session;
  }

  /** The session cookie's value: a person stays signed in only while it stays the same. */
  String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }

  /** A call to the webapps' copy of the engine REST API. */
  ApiClient.Reply engine(String method, String path, Object body) {
    return call(
        method,
        "/camunda/api/engine/engine/default" + path,
        body == null ? null : body instanceof String s ? s : ApiClient.write(body),
        "application/json");
  }

  /** A call to the webapps' engine API accepting {@code accept} (Tasklist asks for HAL). */
  ApiClient.Reply engine(String method, String path, Object body, String accept) {
    return call(
        method,
        "/camunda/api/engine/engine/default" + path,
        body == null ? null : body instanceof String s ? s : ApiClient.write(body),
        "application/json",
        true,
        accept);
  }

  ApiClient.Reply call(String method, String path, String body, String contentType) {
    return call(method, path, body, contentType, true);
  }

  /**
   * As a page of another site could send it: the session cookie rides along, the CSRF token does
   * not.
   */
  ApiClient.Reply callWithoutToken(String method, String path) {
    return call(method, path, null, "application/json", false);
  }

  private ApiClient.Reply call(
      String method, String path, String body, String contentType, boolean withToken) {
    return call(method, path, body, contentType, withToken, null);
  }

  private ApiClient.Reply call(
      String method,
      String path,
      String body,
      String contentType,
      boolean withToken,
      String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (accept != null) {
      request.header("Accept", accept);
    }
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> withToken && c.getName().equals("XSRF-TOKEN"))
        .findFirst()
        .ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
    return ApiClient.exchange(browser, request);
  }

  /**
   * Records a complaint through Tasklist's intake (start) form, which must answer 200: its number.
   */
  String recordComplaint(Map<String, Object> form) {
    ApiClient.Reply taken =
        engine(
            "POST",
            "/process-definition/key/complaint-handling/submit-form",
            Map.of("variables", form));
    assertThat(taken.status()).as(taken.body()).isEqualTo(200);
    return taken.json().get("businessKey").asText();
  }
}
