package com.wuye.complaints.intake;

import static com.wuye.complaints.support.BadRequests.aProblemNaming;
import static com.wuye.complaints.support.BadRequests.json;
import static com.wuye.complaints.support.BadRequests.part;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wuye.complaints.support.ApiWebSlice;
import com.wuye.complaints.support.BadRequests;
import com.wuye.complaints.support.IdempotentRequests;
import com.wuye.complaints.support.RequestBodies;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * R-IN-1, R-IN-2 the intake API's own checks in a web slice (controller, the strict JSON mapper,
 * ApiProblemHandler; no engine, no database, no security filters): each bad request is a 400
 * problem that names the bad field, and the intake service is never called, so nothing can change.
 * The texts of the problems are not asserted here (they are the messages' business);
 * MalformedIntakeIT runs a larger table through the whole application and counts the rows.
 */
@ApiWebSlice(ComplaintApiController.class)
class ComplaintIntakeValidationTest {

  @Autowired MockMvc mvc;
  @MockitoBean ComplaintIntake intake;
  @MockitoBean ComplaintQueries queries;
  @MockitoBean FactsIntake facts;

  @Test
  @DisplayName("R-IN-1 the valid body the cases start from reaches the intake service, once")
  void passesAValidComplaintToTheIntakeService() throws Exception {
    when(intake.receive(any(), any()))
        .thenReturn(
            new IdempotentRequests.Outcome<>(
                new IntakeResponse(
                    "TS-20261129-0001",
                    "GENERAL",
                    "property-officer",
                    "OPEN",
                    Instant.parse("2026-11-29T04:00:00Z")),
                false));

    mvc.perform(
            post("/api/complaints")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "k-1")
                .content(json(valid())))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/complaints/TS-20261129-0001"))
        .andExpect(jsonPath("$.complaintNo").value("TS-20261129-0001"));

    // the phone in its one stored form (Phones), as the service receives it
    verify(intake).receive(argThat(r -> r.complainant().phone().equals("13812345678")), eq("k-1"));
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        bad("channel missing", "channel", body -> body.remove("channel")),
        bad("channel not a code", "channel", body -> body.put("channel", "EMAIL")),
        bad("channel a number", "channel", body -> body.put("channel", 1)),
        bad("complainant missing", "complainant", body -> body.remove("complainant")),
        bad("complainant a text", "complainant", body -> body.put("complainant", "张伟")),
        bad(
            "complainant.name empty",
            "complainant.name",
            body -> part(body, "complainant").put("name", "")),
        bad(
            "complainant.name 51 characters",
            "complainant.name",
            body -> part(body, "complainant").put("name", "张".repeat(51))),
        bad(
            "complainant.phone five digits",
            "complainant.phone",
            body -> part(body, "complainant").put("phone", "12345")),
        bad(
            "complainant.phone a number",
            "complainant.phone",
            body -> part(body, "complainant").put("phone", 13812345678L)),
        bad(
            "complainant.email unknown",
            "complainant.email",
            body -> part(body, "complainant").put("email", "a@b.c")),
        bad(
            "location.community blank",
            "location.community",
            body -> part(body, "location").put("community", " ")),
        bad(
            "location.building 21 characters",
            "location.building",
            body -> part(body, "location").put("building", "x".repeat(21))),
        bad("category missing", "category", body -> body.remove("category")),
        bad("description only spaces", "description", body -> body.put("description", "   ")),
        bad(
            "description 2001 characters",
            "description",
            body -> body.put("description", "长".repeat(2001))),
        bad("collectiveSize 0", "collectiveSize", body -> body.put("collectiveSize", 0)),
        bad("collectiveSize 1.5", "collectiveSize", body -> body.put("collectiveSize", 1.5)),
        bad("collectiveSize a text", "collectiveSize", body -> body.put("collectiveSize", "1")),
        bad("mediaExposed a text", "mediaExposed", body -> body.put("mediaExposed", "true")),
        bad("mediaExposed a number", "mediaExposed", body -> body.put("mediaExposed", 1)),
        bad("repeatOf not a number", "repeatOf", body -> body.put("repeatOf", "TS-2026-1")),
        bad("customerCategory E", "customerCategory", body -> body.put("customerCategory", "E")),
        bad(
            "noticeChannel not a code",
            "noticeChannel",
            body -> body.put("noticeChannel", "EMAIL")),
        bad(
            "namedStaff 65 characters",
            "namedStaff",
            body -> body.put("namedStaff", "s".repeat(65))),
        bad("unknown field", "severity", body -> body.put("severity", "HOT")));
  }

  @ParameterizedTest(name = "{0}: 400 naming {1}")
  @MethodSource("badBodies")
  @DisplayName("R-IN-2 a bad field is a 400 problem naming it; the intake service is not called")
  void refusesABadFieldWithAProblemNamingIt(String name, String field, String body)
      throws Exception {
    mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(aProblemNaming(field));

    verifyNoInteractions(intake);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unreadableBodies")
  @DisplayName("a body that is not one JSON object is a 400 problem about the body")
  void refusesAnUnreadableBody(String name, String body) throws Exception {
    mvc.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(aProblemNaming("body"));

    verifyNoInteractions(intake);
  }

  static Stream<Arguments> unreadableBodies() throws Exception {
    String valid = json(valid());
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("only {", "{"),
        Arguments.of("trailing garbage", valid + " x"),
        Arguments.of("two objects", valid + valid),
        Arguments.of("single quotes", valid.replace('"', '\'')));
  }

  @ParameterizedTest(name = "Idempotency-Key {0}")
  @MethodSource("badKeys")
  @DisplayName("R-IN-1 a bad Idempotency-Key is a 400 problem naming it")
  void refusesABadIdempotencyKey(String name, String key) throws Exception {
    mvc.perform(
            post("/api/complaints")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .content(json(valid())))
        .andExpect(aProblemNaming("idempotencyKey"));

    verifyNoInteractions(intake);
  }

  static Stream<Arguments> badKeys() {
    return Stream.of(
        Arguments.of("of 101 characters", "k".repeat(101)), Arguments.of("with a space", "a b"));
  }

  @Test
  @DisplayName("a body that is not JSON is a 415 problem; the intake service is not called")
  void refusesAnotherContentType() throws Exception {
    mvc.perform(post("/api/complaints").contentType(MediaType.TEXT_PLAIN).content(json(valid())))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"));

    verifyNoInteractions(intake);
  }

  private static Map<String, Object> valid() {
    return RequestBodies.complaint("138 1234 5678", "A1");
  }

  private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
    return BadRequests.bad(name, field, ComplaintIntakeValidationTest::valid, change);
  }
}
