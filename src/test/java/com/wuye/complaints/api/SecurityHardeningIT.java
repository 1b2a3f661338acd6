package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/**
 * Secure by default: nothing answers without login, and the known doors of a Camunda install are
 * shut.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHardeningIT extends ApiScenario {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/complaints",
        "/api/complaints/TS-20261122-0001",
        "/engine-rest/task",
        "/engine-rest/process-definition",
        "/engine-rest/user",
        "/engine-rest/deployment",
        "/v3/api-docs",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/actuator/prometheus",
        "/actuator/metrics"
      })
  void answersNothingWithoutLogin(String path) {
    ApiClient.Reply reply = api.as(null).get(path).expect(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("Basic"));
  }

  @Test
  void refusesAWrongPasswordAndAnUnknownUser() {
    // a user of its own: after a wrong password Camunda locks the account for a few seconds, so
    // not one of the ApiUsers other test classes sign in as
    if (identity.createUserQuery().userId("api-lockout").count() == 0) {
      var user = identity.newUser("api-lockout");
      user.setPassword("Lockout-Pw-2026!x");
      identity.saveUser(user);
    }
    assertThat(
            api.post(
                    null,
                    "/api/complaints",
                    ApiClient.validIntake(),
                    Map.of(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString("api-lockout:wrong".getBytes())))
                .status())
        .isEqualTo(401);
    api.as("nobody").get("/engine-rest/task").expect(401);
  }

  @Test
  @DisplayName("an intake client may create and read complaints and nothing else")
  void intakeClientReachesNothingButComplaints() {
    api.as(ApiUsers.CLIENT).get("/engine-rest/task").expect(403);
    api.as(ApiUsers.CLIENT).get("/engine-rest/process-definition").expect(403);
    api.as(ApiUsers.CLIENT).post("/api/tasks/x/complete", "{}").expect(403);
    api.as(ApiUsers.CLIENT).get("/actuator/prometheus").expect(403);
    api.as(ApiUsers.CLIENT).get("/api/complaints").expect(200);
  }

  @Test
  @DisplayName("the Admin webapp's first-run setup can never create an administrator")
  void adminSetupIsClosed() {
    ApiClient.Reply reply =
        api.as(null)
            .post(
                "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\"},\"credentials\":{\"password\":\"p\"}}")
            .expect(403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count())
        .as("the admin comes from configuration")
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName(
      "outside the demo profile the admin password has no default: it must come from the environment")
  void adminPasswordHasNoDefault() throws Exception {
    String config = Files.readString(Path.of("src/main/resources/application.yml"));
    assertThat(config).contains("password: ${COMPLAINTS_ADMIN_PASSWORD}\n");
    assertThat(Files.readString(Path.of("src/main/resources/application-mysql.yml")))
        .doesNotContain("admin-user");
  }

  @Test
  @DisplayName("a REST query carrying an expression is refused, not evaluated")
  void expressionsInQueriesAreRefused() {
    ApiClient.Reply reply =
        api.get("api-officer", "/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D");
    ApiClient.Reply nasty =
        api.get(
            "api-officer",
            "/engine-rest/task?candidateGroupExpression=%24%7B''.getClass().forName('java.lang.Runtime')%7D");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body()).contains("Expressions are forbidden");
    assertThat(nasty.status()).isEqualTo(400);
  }

  private ApiClient.Reply inLanguage(String user, String method, String path, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api.base + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                "GET".equals(method)
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + java.util.Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return api.send(request);
  }

  @Test
  @DisplayName(
      "every edge answers in the language asked for: the security chain, the API, the engine guard")
  void answersInTheLanguageAskedFor() {
    ApiClient.Reply signIn = inLanguage(null, "GET", "/api/complaints", "en-US,en;q=0.9");
    assertThat(signIn.status()).isEqualTo(401);
    assertThat(signIn.json().get("title").asText()).isEqualTo("Authentication required");

    ApiClient.Reply english = inLanguage(ApiUsers.CLIENT, "POST", "/api/complaints", "en");
    ApiClient.Reply chinese = inLanguage(ApiUsers.CLIENT, "POST", "/api/complaints", "zh-CN");
    ApiClient.Reply both = inLanguage(ApiUsers.CLIENT, "POST", "/api/complaints", null);
    assertThat(List.of(english.status(), chinese.status(), both.status())).containsOnly(400);
    assertThat(english.json().get("title").asText()).isEqualTo("Invalid input");
    assertThat(english.json().get("errors").findValuesAsText("message"))
        .contains("channel is required");
    assertThat(chinese.json().get("title").asText()).isEqualTo("输入有误");
    assertThat(chinese.json().get("errors").findValuesAsText("message")).contains("渠道必填");
    assertThat(both.json().get("title").asText()).isEqualTo("输入有误 Invalid input");
    assertThat(both.json().get("errors").findValuesAsText("messageEn"))
        .contains("channel is required");

    ApiClient.Reply forbidden = inLanguage(ApiUsers.CLIENT, "GET", "/api/repairs/price-list", "en");
    assertThat(forbidden.status()).isEqualTo(403);
    assertThat(forbidden.json().get("detail").asText()).isEqualTo("your role may not do this");

    ApiClient.Reply guard =
        inLanguage(
            ApiUsers.OFFICER, "GET", "/engine-rest/task?assigneeExpression=%24%7Bx%7D", "en");
    assertThat(guard.status()).isEqualTo(400);
    assertThat(guard.json().get("title").asText()).isEqualTo("Expressions are forbidden");
    assertThat(guard.json().get("message").asText())
        .isEqualTo(
            "Expressions are forbidden: a query may not carry an expression (assigneeExpression)");
  }

  @Test
  @DisplayName(
      "webapp sessions: HttpOnly SameSite cookies, and a state change without the CSRF token is refused")
  void webappSessionIsHardened() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    HttpResponse<String> page =
        browser.send(
            HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    List<String> setCookies = page.headers().allValues("Set-Cookie");
    assertThat(setCookies)
        .filteredOn(c -> c.startsWith("JSESSIONID"))
        .singleElement()
        .satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    String csrfToken =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow()
            .getValue();

    HttpResponse<String> login =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=api-officer&password="
                            + URLEncoder.encode("api-officer", StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).isEqualTo(200);

    HttpResponse<String> withoutToken =
        browser.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base
                            + "/camunda/api/engine/engine/default/process-definition/key/complaint-handling/submit-form"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{}}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
  }
}
