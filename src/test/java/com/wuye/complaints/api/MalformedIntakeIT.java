package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.wuye.complaints.community.CommunityService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.SpringBootMockMvcBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Bad input gets a clear error and changes nothing: a table of malformed intake requests (missing,
 * oversized and wrongly typed fields, unknown codes and fields, broken JSON, wrong content types, a
 * huge body), each answered with a 4xx problem and no row or process written.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MalformedIntakeIT {

  record BadRequest(String name, String body, String contentType, Map<String, String> headers) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String[] COUNTED = {
    "complaint",
    "complaint_event",
    "intake_request",
    "personal_data_access",
    "complaint_named_staff",
    "ACT_HI_PROCINST",
    "ACT_RU_EXECUTION",
    "ACT_RU_TASK"
  };

  @Autowired WebApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;
  @Autowired CommunityService communities;

  /**
   * MockMvc with the application's servlet filters (security included), built once as
   * {@code @AutoConfigureMockMvc} builds it; built here so this class shares the other integration
   * tests' application context instead of starting one of its own.
   */
  private static MockMvc mvc;

  @BeforeEach
  void setUp() {
    if (mvc == null) {
      DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
      new SpringBootMockMvcBuilderCustomizer(context).customize(builder);
      mvc = builder.build();
    }
    communities.ensure("huayuan", "华苑小区");
    ApiUsers.ensure(identity);
  }

  @Test
  void theTableIsLargeEnough() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
  }

  @Test
  void theValidBodyTheCasesStartFromIsAccepted() throws Exception {
    MockHttpServletResponse response =
        send(new BadRequest("valid", json(ApiClient.validIntake()), "application/json", Map.of()));
    assertThat(response.getStatus()).isEqualTo(201);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("cases")
  void refusesWithAProblemAndWritesNothing(BadRequest bad) throws Exception {
    List<Long> before = counts();

    MockHttpServletResponse response = send(bad);

    assertThat(response.getStatus())
        .as(bad.name() + ": " + response.getContentAsString())
        .isBetween(400, 499);
    assertThat(response.getContentType()).as(bad.name()).startsWith("application/problem+json");
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body)
        .contains("\"status\":" + response.getStatus())
        .contains("\"title\"")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(counts()).as(bad.name() + " wrote something").isEqualTo(before);
  }

  private MockHttpServletResponse send(BadRequest bad) throws Exception {
    MockHttpServletRequestBuilder request =
        post("/api/complaints")
            .with(httpBasic(ApiUsers.CLIENT, ApiUsers.CLIENT))
            .content(bad.body().getBytes(StandardCharsets.UTF_8));
    if (bad.contentType() != null) {
      request.contentType(bad.contentType());
    }
    bad.headers().forEach(request::header);
    return mvc.perform(request).andReturn().getResponse();
  }

  private List<Long> counts() {
    return Stream.of(COUNTED)
        .map(table -> jdbc.queryForObject("select count(*) from " + table, Long.class))
        .toList();
  }

  // ---- the table -------------------------------------------------------------------------------

  static List<BadRequest> cases() {
    List<BadRequest> cases = new ArrayList<>();
    String longText = "长".repeat(2001);

    enumField(cases, "channel");
    enumField(cases, "category");
    objectField(cases, "complainant");
    objectField(cases, "location");
    textField(cases, "complainant.name", true, 50);
    textField(cases, "location.community", true, 32);
    textField(cases, "location.building", true, 20);
    textField(cases, "location.unit", false, 20);
    textField(cases, "location.room", false, 20);
    textField(cases, "description", true, 2000);
    textField(cases, "repeatOf", false, 20);
    textField(cases, "customerCategory", false, 1);
    textField(cases, "namedStaff", false, 64);

    for (Object phone :
        new Object[] {
          null,
          "",
          " ",
          "12345",
          "1381234567",
          "138123456789",
          "23812345678",
          "abc",
          "+8623812345678",
          "+1 13812345678",
          "138_1234_5678",
          "１３８１２３４５６７８",
          13812345678L,
          true,
          List.of(),
          Map.of()
        }) {
      cases.add(
          with(
              "complainant.phone = " + show(phone), body -> set(body, "complainant.phone", phone)));
    }
    cases.add(with("complainant.phone missing", body -> remove(body, "complainant.phone")));

    for (Object size :
        new Object[] {
          0, -1, 1.5, 1.0, "1", "one", true, 100_001, 2_147_483_648L, List.of(1), Map.of(), "", 1e3
        }) {
      cases.add(with("collectiveSize = " + show(size), body -> body.put("collectiveSize", size)));
    }
    for (String flag :
        List.of("inLitigation", "mediaExposed", "litigationOrMediaRisk", "needsOtherDepartments")) {
      for (Object value : new Object[] {1, 0, "true", "yes", "", 1.0, List.of(true), Map.of()}) {
        cases.add(with(flag + " = " + show(value), body -> body.put(flag, value)));
      }
    }
    for (Object value : new Object[] {1, 0, "true", "yes", "", 1.0, List.of(true), Map.of()}) {
      cases.add(with("notifyOptOut = " + show(value), body -> body.put("notifyOptOut", value)));
    }
    for (Object value :
        new Object[] {"", "EMAIL", "sms", " SMS", 1, true, List.of("SMS"), Map.of()}) {
      cases.add(with("noticeChannel = " + show(value), body -> body.put("noticeChannel", value)));
    }
    cases.add(with("repeatOf wrong pattern", body -> body.put("repeatOf", "TS-2026-1")));
    cases.add(with("repeatOf unknown complaint", body -> body.put("repeatOf", "TS-19990101-9999")));
    cases.add(with("customerCategory E", body -> body.put("customerCategory", "E")));
    cases.add(with("customerCategory lower-case", body -> body.put("customerCategory", "a")));
    // R-RESP, R-VISIT-1 the staff member complained about must be a user of the engine
    cases.add(
        with("namedStaff unknown user", body -> body.put("namedStaff", "no-such-staff-member")));
    cases.add(
        with("location.community unknown", body -> set(body, "location.community", "nowhere")));
    cases.add(with("description only spaces", body -> body.put("description", "   ")));
    cases.add(with("description 2001 chars", body -> body.put("description", longText)));

    for (String unknown :
        List.of("foo", "Channel", "complainantName", "id", "status", "severity")) {
      cases.add(with("unknown field " + unknown, body -> body.put(unknown, "x")));
    }
    cases.add(
        with("unknown nested complainant.email", body -> set(body, "complainant.email", "a@b.c")));
    cases.add(with("unknown nested location.city", body -> set(body, "location.city", "上海")));

    String valid = json(ApiClient.validIntake());
    for (String[] raw :
        new String[][] {
          {"empty body", ""},
          {"only {", "{"},
          {"only }", "}"},
          {"array", "[]"},
          {"array of body", "[" + valid + "]"},
          {"null", "null"},
          {"number", "123"},
          {"string", "\"complaint\""},
          {"empty object", "{}"},
          {"single quotes", valid.replace('"', '\'')},
          {"trailing comma", valid.substring(0, valid.length() - 1) + ",}"},
          {"trailing garbage", valid + " x"},
          {"two objects", valid + valid},
          {"comment", "/* c */" + valid},
          {"unquoted key", valid.replaceFirst("\"channel\"", "channel")},
          {"NaN", valid.replace("}", ",\"collectiveSize\":NaN}")},
          {"truncated", valid.substring(0, valid.length() / 2)},
          {"duplicate key", valid.replaceFirst("\\{", "{\"channel\":\"APP\",")},
          {"bare words", "channel=APP"},
          {"xml", "<complaint><channel>APP</channel></complaint>"},
          {"control character in string", valid.replace("垃圾", "垃\u0001圾")}
        }) {
      cases.add(new BadRequest("malformed JSON: " + raw[0], raw[1], "application/json", Map.of()));
    }
    for (String type :
        new String[] {
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "text/json",
          "application/octet-stream"
        }) {
      cases.add(new BadRequest("content type " + type, valid, type, Map.of()));
    }
    cases.add(new BadRequest("no content type", valid, null, Map.of()));
    cases.add(
        new BadRequest(
            "huge body (200 KB)",
            json(Map.of("channel", "APP", "description", "长".repeat(70_000))),
            "application/json",
            Map.of()));
    cases.add(
        new BadRequest(
            "Idempotency-Key of 101 characters",
            valid,
            "application/json",
            Map.of("Idempotency-Key", "k".repeat(101))));
    cases.add(
        new BadRequest(
            "Idempotency-Key with a space",
            valid,
            "application/json",
            Map.of("Idempotency-Key", "a b")));
    return cases;
  }

  private static void enumField(List<BadRequest> cases, String field) {
    cases.add(with(field + " missing", body -> remove(body, field)));
    for (Object value :
        new Object[] {null, "", "UNKNOWN", "app", " APP", 1, 1.5, true, List.of("APP"), Map.of()}) {
      cases.add(with(field + " = " + show(value), body -> set(body, field, value)));
    }
  }

  private static void objectField(List<BadRequest> cases, String field) {
    cases.add(with(field + " missing", body -> remove(body, field)));
    for (Object value : new Object[] {null, "text", 1, true, List.of(), Map.of()}) {
      cases.add(with(field + " = " + show(value), body -> set(body, field, value)));
    }
  }

  private static void textField(List<BadRequest> cases, String field, boolean required, int max) {
    if (required) {
      cases.add(with(field + " missing", body -> remove(body, field)));
      cases.add(with(field + " = null", body -> set(body, field, null)));
      cases.add(with(field + " = empty", body -> set(body, field, "")));
    }
    cases.add(with(field + " too long", body -> set(body, field, "x".repeat(max + 1))));
    for (Object value : new Object[] {1, 1.5, true, List.of("x"), Map.of("x", 1)}) {
      cases.add(with(field + " = " + show(value), body -> set(body, field, value)));
    }
  }

  private static BadRequest with(String name, Consumer<Map<String, Object>> change) {
    Map<String, Object> body = ApiClient.copy(ApiClient.validIntake());
    change.accept(body);
    return new BadRequest(name, json(body), "application/json", Map.of());
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> body, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> target =
        parts.length == 1 ? body : (Map<String, Object>) body.get(parts[0]);
    target.put(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static void remove(Map<String, Object> body, String path) {
    String[] parts = path.split("\\.");
    Map<String, Object> target =
        parts.length == 1 ? body : (Map<String, Object>) body.get(parts[0]);
    target.remove(parts[parts.length - 1]);
  }

  private static String show(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static String json(Object body) {
    return ApiClient.write(body);
  }
}
