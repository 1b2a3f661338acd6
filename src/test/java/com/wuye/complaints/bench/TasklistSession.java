package com.wuye.complaints.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Issue 18: a person signed in to Tasklist (session cookie, CSRF token), asking for the first page
 * of a saved filter as Tasklist does: POST filter/{id}/list with HAL (the task list, its count and
 * the filter's variable columns in one answer), 15 tasks, sorted by due date.
 */
final class TasklistSession {

  /** Tasklist's body: no extra criteria, the filter's variable columns, sorted by due date. */
  static final String FIRST_PAGE =
      "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
          + "\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

  private final HttpClient browser;
  private final CookieManager cookies = new CookieManager();
  private final String base;

  private TasklistSession(int port) {
    this.base = "http://localhost:" + port;
    this.browser = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  static TasklistSession signIn(int port, String user) {
    TasklistSession session = new TasklistSession(port);
    session.send("GET", "/camunda/app/tasklist/default/", null, "text/html", "text/html");
    HttpResponse<String> login =
        session.send(
            "POST",
            "/camunda/api/admin/auth/user/default/login/tasklist",
            "username=" + user + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded",
            "application/json");
    if (login.statusCode() != 200) {
      throw new IllegalStateException("Tasklist sign-in of " + user + ": " + login.statusCode());
    }
    session.send(
        "GET",
        "/camunda/api/admin/auth/user/default",
        null,
        "application/json",
        "application/json");
    return session;
  }

  /** The first page of the filter, as Tasklist asks for it; fails on anything but 200. */
  String firstPage(String filterId) {
    HttpResponse<String> page =
        send(
            "POST",
            "/camunda/api/engine/engine/default/filter/"
                + filterId
                + "/list?firstResult=0&maxResults=15",
            FIRST_PAGE,
            "application/json",
            "application/hal+json");
    if (page.statusCode() != 200) {
      throw new IllegalStateException("filter list: " + page.statusCode() + " " + page.body());
    }
    // issue 18: the page's ids and its count come from the read model of open work
    if (page.headers().firstValue("X-Open-Work").isEmpty()) {
      throw new IllegalStateException("filter list not answered by the read model of open work");
    }
    return page.body();
  }

  /** How many tasks the filter shows this person. */
  long count(String filterId) {
    HttpResponse<String> count =
        send(
            "POST",
            "/camunda/api/engine/engine/default/filter/" + filterId + "/count",
            "{}",
            "application/json",
            "application/json");
    String body = count.body();
    return Long.parseLong(body.replaceAll("[^0-9]", ""));
  }

  private HttpResponse<String> send(
      String method, String path, String body, String contentType, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("Accept", accept)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst()
        .ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
    try {
      return browser.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
