package com.wuye.complaints.api;

import static com.wuye.complaints.api.ApiClient.copy;
import static com.wuye.complaints.api.ApiClient.key;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.complaints.community.CommunityService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Repair orders (issue 17) over real HTTP with authorizations on: intake with Idempotency-Key, the
 * register's VIP status, paid work, the whole order to its return visit. Run on H2 and MariaDB.
 */
abstract class RepairOrderScenario {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired CommunityService communities;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  ApiClient api;

  @BeforeEach
  void setUp() {
    communities.ensure("huayuan", "华苑小区");
    ApiUsers.ensure(identity);
    api = new ApiClient(port);
  }

  @Test
  @DisplayName("R-REP-1 a retried repair request with the same Idempotency-Key gets the first answer and creates nothing; another body is 409")
  void replaysTheSameKeyAndRefusesItForAnotherBody() {
    Map<String, Object> body = ApiClient.validRepair();
    String idempotencyKey = UUID.randomUUID().toString();
    ApiClient.Reply first = api.post(ApiUsers.CLIENT, "/api/repairs", body, key(idempotencyKey));
    long orders = repairOrders();

    ApiClient.Reply again = api.post(ApiUsers.CLIENT, "/api/repairs", body, key(idempotencyKey));
    Map<String, Object> other = copy(body);
    other.put("description", "另一处漏水");
    ApiClient.Reply conflicting = api.post(ApiUsers.CLIENT, "/api/repairs", other, key(idempotencyKey));
    ApiClient.Reply complaintWithTheKey = api.post(ApiUsers.CLIENT, "/api/complaints", ApiClient.validIntake(), key(idempotencyKey));

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(conflicting.status()).isEqualTo(409);
    assertThat(conflicting.contentType()).startsWith("application/problem+json");
    assertThat(conflicting.body()).contains("Idempotency-Key").doesNotContain("Exception");
    assertThat(complaintWithTheKey.status()).isEqualTo(409);
    assertThat(repairOrders()).isEqualTo(orders);
  }

  @Test
  @DisplayName("R-REP-1 the same Idempotency-Key sent six times at once records one repair order")
  void concurrentRetriesWithOneKeyRecordOneOrder() throws Exception {
    Map<String, Object> body = ApiClient.validRepair();
    String idempotencyKey = UUID.randomUUID().toString();
    long before = repairOrders();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<ApiClient.Reply>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(() -> api.post(ApiUsers.CLIENT, "/api/repairs", body, key(idempotencyKey)));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<ApiClient.Reply> reply : pool.invokeAll(calls)) {
        assertThat(reply.get().status()).isEqualTo(201);
        numbers.add(reply.get().json().get("orderNo").asText());
      }
      assertThat(numbers).containsOnly(numbers.get(0));
      assertThat(repairOrders()).isEqualTo(before + 1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("R-REP-1 strict JSON: an unknown field, a wrong type or a bad key is a 400 problem in Chinese and English, and nothing is recorded")
  void refusesMalformedRequestsWithProblems() {
    long before = repairOrders();
    Map<String, Object> unknown = ApiClient.validRepair();
    unknown.put("priority", 1);
    Map<String, Object> wrongType = ApiClient.validRepair();
    wrongType.put("emergency", "yes");

    for (ApiClient.Reply refused : List.of(api.post(ApiUsers.CLIENT, "/api/repairs", unknown, Map.of()),
        api.post(ApiUsers.CLIENT, "/api/repairs", wrongType, Map.of()),
        api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), key("k".repeat(101))))) {
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at com.");
    }
    assertThat(repairOrders()).isEqualTo(before);
  }

  long repairOrders() {
    return jdbc.queryForObject("select count(*) from repair_order", Long.class);
  }
}
