package com.wuye.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * docs/openapi.json is the API as the build generates it. Run with {@code -Dopenapi.update=true} to
 * rewrite it after changing the API; otherwise a stale or missing copy fails the build.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiDocumentIT {

  private static final Path CHECKED_IN = Path.of("docs/openapi.json");

  @LocalServerPort int port;
  @Autowired IdentityService identity;

  @Test
  void checkedInDocumentMatchesTheApi() throws Exception {
    ApiUsers.ensure(identity);
    ApiClient.Reply reply = new ApiClient(port).get(ApiUsers.CLIENT, "/v3/api-docs");
    assertThat(reply.status()).isEqualTo(200);
    JsonNode generated = ApiClient.JSON.readTree(reply.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) generated)
        .remove("servers"); // the random test port
    String pretty =
        ApiClient.JSON
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(generated)
            + "\n";

    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(CHECKED_IN, pretty);
    }
    assertThat(generated.get("paths").has("/api/complaints")).isTrue();
    assertThat(CHECKED_IN)
        .as("docs/openapi.json is missing: run with -Dopenapi.update=true")
        .exists();
    assertThat(Files.readString(CHECKED_IN))
        .as(
            "docs/openapi.json is stale: run ./mvnw verify -Dit.test=OpenApiDocumentIT -Dopenapi.update=true")
        .isEqualTo(pretty);
  }
}
