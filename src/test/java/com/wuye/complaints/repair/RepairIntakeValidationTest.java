package com.wuye.complaints.repair;

import static com.wuye.complaints.support.BadRequests.aProblemNaming;
import static com.wuye.complaints.support.BadRequests.json;
import static com.wuye.complaints.support.BadRequests.part;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.wuye.complaints.support.ApiWebSlice;
import com.wuye.complaints.support.BadRequests;
import com.wuye.complaints.support.IdempotentRequests;
import com.wuye.complaints.support.RequestBodies;
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
 * R-REP-1 the repair API's own checks in a web slice (controller, the strict JSON mapper,
 * ApiProblemHandler; no engine, no database, no security filters): each bad request is a 400
 * problem naming the bad field, and the repair intake is never called. The texts of the problems
 * are not asserted here; RepairOrderScenario runs the whole application.
 */
@ApiWebSlice(RepairApiController.class)
class RepairIntakeValidationTest {

  @Autowired MockMvc mvc;
  @MockitoBean RepairIntake intake;

  @Test
  @DisplayName("R-REP-1 the valid body the cases start from reaches the repair intake, once")
  void passesAValidRequestToTheRepairIntake() throws Exception {
    when(intake.receive(any(), any()))
        .thenReturn(
            new IdempotentRequests.Outcome<>(
                new RepairViews.RepairCreated(
                    "PG-20261129-0001", "engineering", "PT15M", "PT8H", "P7D", 50),
                false));

    mvc.perform(post("/api/repairs").contentType(MediaType.APPLICATION_JSON).content(json(valid())))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/repairs/PG-20261129-0001"))
        .andExpect(jsonPath("$.orderNo").value("PG-20261129-0001"));

    verify(intake)
        .receive(
            argThat(
                r ->
                    r.kind() == RepairRequest.RepairKind.HOUSEHOLD
                        && r.requester().phone().equals("13812345678")),
            isNull());
  }

  static Stream<Arguments> badBodies() {
    return Stream.of(
        bad("channel missing", "channel", body -> body.remove("channel")),
        bad("channel not a code", "channel", body -> body.put("channel", "EMAIL")),
        bad("requester missing", "requester", body -> body.remove("requester")),
        bad(
            "requester.name empty",
            "requester.name",
            body -> part(body, "requester").put("name", "")),
        bad(
            "requester.phone five digits",
            "requester.phone",
            body -> part(body, "requester").put("phone", "12345")),
        bad("location missing", "location", body -> body.remove("location")),
        bad(
            "location.building missing",
            "location.building",
            body -> part(body, "location").remove("building")),
        bad(
            "location.room 21 characters",
            "location.room",
            body -> part(body, "location").put("room", "1".repeat(21))),
        bad("kind missing", "kind", body -> body.remove("kind")),
        bad("kind not a code", "kind", body -> body.put("kind", "GARDEN")),
        bad("facility not a code", "facility", body -> body.put("facility", "FIRE")),
        bad("size not a code", "size", body -> body.put("size", "HUGE")),
        bad("description empty", "description", body -> body.put("description", "")),
        bad(
            "description 2001 characters",
            "description",
            body -> body.put("description", "漏".repeat(2001))),
        bad("emergency a text", "emergency", body -> body.put("emergency", "yes")),
        bad("unknown field", "vip", body -> body.put("vip", true)));
  }

  @ParameterizedTest(name = "{0}: 400 naming {1}")
  @MethodSource("badBodies")
  @DisplayName("R-REP-1 a bad field is a 400 problem naming it; the repair intake is not called")
  void refusesABadFieldWithAProblemNamingIt(String name, String field, String body)
      throws Exception {
    mvc.perform(post("/api/repairs").contentType(MediaType.APPLICATION_JSON).content(body))
        .andExpect(aProblemNaming(field));

    verifyNoInteractions(intake);
  }

  @Test
  @DisplayName("R-REP-1 an Idempotency-Key with a space is a 400 problem naming it")
  void refusesABadIdempotencyKey() throws Exception {
    mvc.perform(
            post("/api/repairs")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "a b")
                .content(json(valid())))
        .andExpect(aProblemNaming("idempotencyKey"));

    verifyNoInteractions(intake);
  }

  @Test
  @DisplayName("a malformed body is a 400 problem about the body")
  void refusesMalformedJson() throws Exception {
    mvc.perform(post("/api/repairs").contentType(MediaType.APPLICATION_JSON).content("{"))
        .andExpect(aProblemNaming("body"));

    verifyNoInteractions(intake);
  }

  private static Map<String, Object> valid() {
    return RequestBodies.repair("李娜", "138-1234-5678", "3", "1", "502");
  }

  private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
    return BadRequests.bad(name, field, RepairIntakeValidationTest::valid, change);
  }
}
