package com.wuye.complaints.api;

import static com.wuye.complaints.api.PhotoUploads.delete;
import static com.wuye.complaints.api.PhotoUploads.fetch;
import static com.wuye.complaints.api.PhotoUploads.png;
import static com.wuye.complaints.api.PhotoUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Before and after photos of repair orders and complaints over real HTTP (issue 17 item 6): who may
 * add and see them, the size, type and count limits, what is served back. Run on H2 and on MariaDB
 * by the subclasses.
 */
abstract class PhotoScenario extends ApiScenario {

  private static final int MAX_SIZE = 5 * 1024 * 1024; // complaints.photos.max-size
  private static final int MAX_PER_RECORD = 20; // complaints.photos.max-per-record

  @Test
  @DisplayName(
      "the technician at a repair's open step adds a before photo: 201, listed with stage, uploader, size and type, served back as the same PNG with nosniff and an inline name; the supervisor reads it, the return-visit clerk and the intake client may not (403)")
  void technicianAddsABeforePhotoOthersMayNotSeeIt() {
    String no = repair();
    byte[] image = png();

    ApiClient.Reply added =
        upload(
            api,
            ApiUsers.ENGINEER,
            "/api/repairs/" + no + "/photos",
            image,
            "before.png",
            "image/png",
            "before");

    assertThat(added.status()).as(added.body()).isEqualTo(201);
    JsonNode photo = added.json();
    long id = photo.get("id").asLong();
    assertThat(added.headers().firstValue("Location")).hasValue("/api/photos/" + id);
    assertThat(photo.get("stage").asText()).isEqualTo("before");
    assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
    assertThat(photo.get("size").asInt()).isEqualTo(image.length);
    assertThat(photo.get("uploadedBy").asText()).isEqualTo(ApiUsers.ENGINEER);

    JsonNode list = api.get(ApiUsers.ENGINEER, "/api/repairs/" + no + "/photos").json();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asLong()).isEqualTo(id);
    assertThat(list.get(0).get("uploadedAt").asText()).isNotBlank();

    HttpResponse<byte[]> bytes = fetch(api, ApiUsers.ENGINEER, "/api/photos/" + id);
    assertThat(bytes.statusCode()).isEqualTo(200);
    assertThat(bytes.body()).isEqualTo(image);
    assertThat(bytes.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(bytes.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(bytes.headers().firstValue("Content-Disposition"))
        .hasValue("inline; filename=\"photo-" + id + ".png\"");
    assertThat(bytes.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("sandbox"));

    ApiUsers.ensure(identity, "api-engsupervisor", "engineering-supervisor");
    api.as("api-engsupervisor").get("/api/repairs/" + no + "/photos").expect(200);
    assertThat(fetch(api, "api-engsupervisor", "/api/photos/" + id).statusCode()).isEqualTo(200);
    assertThat(png(api, "api-engsupervisor", "/api/repairs/" + no + "/photos", "after").status())
        .as("supervisors read; the staff at the open step add")
        .isEqualTo(403);

    for (String outsider : new String[] {ApiUsers.VISITOR, ApiUsers.OFFICER, ApiUsers.CLIENT}) {
      ApiClient.Reply refused = png(api, outsider, "/api/repairs/" + no + "/photos", "before");
      assertThat(refused.status()).as(outsider + " adds").isEqualTo(403);
      assertThat(refused.contentType()).startsWith("application/problem+json");
      assertThat(api.get(outsider, "/api/repairs/" + no + "/photos").status())
          .as(outsider + " lists")
          .isEqualTo(403);
      assertThat(fetch(api, outsider, "/api/photos/" + id).statusCode())
          .as(outsider + " fetches")
          .isEqualTo(403);
    }
    assertThat(count(no)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "a photo is what its bytes are: a JPEG sent as text/plain is kept as image/jpeg, an HTML page named .png and sent as image/png is 415, one byte over the size limit 413, a body over the request limit refused, a wrong stage or no file 400; nothing is written")
  void typeIsJudgedByTheBytesAndTheLimitsHold() {
    String no = repair();
    String path = "/api/repairs/" + no + "/photos";

    ApiClient.Reply jpeg =
        upload(api, ApiUsers.ENGINEER, path, PhotoUploads.jpeg(), "notes.txt", "text/plain", null);
    assertThat(jpeg.status()).as(jpeg.body()).isEqualTo(201);
    assertThat(jpeg.json().get("contentType").asText()).isEqualTo("image/jpeg");
    assertThat(jpeg.json().get("stage").asText()).isEqualTo("other");

    byte[] html =
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
    ApiClient.Reply disguised =
        upload(api, ApiUsers.ENGINEER, path, html, "photo.png", "image/png", "before");
    assertThat(disguised.status()).isEqualTo(415);
    assertThat(disguised.contentType()).startsWith("application/problem+json");
    assertThat(disguised.json().get("detail").asText()).contains("JPEG").contains("按文件内容判断");

    byte[] truncated = Arrays.copyOf(png(), 20); // a PNG signature and half a header: not an image
    assertThat(upload(api, ApiUsers.ENGINEER, path, truncated, "x.png", "image/png", null).status())
        .isEqualTo(415);

    byte[] tooLarge = Arrays.copyOf(png(), MAX_SIZE + 1);
    ApiClient.Reply large =
        upload(api, ApiUsers.ENGINEER, path, tooLarge, "big.png", "image/png", "before");
    assertThat(large.status()).isEqualTo(413);
    assertThat(large.json().get("detail").asText()).contains("5 MB");
    // over the request limit the parser stops reading: Tomcat answers 413 and closes the
    // connection, which a
    // client still sending may see as the connection closing before the answer (nothing is written
    // either way)
    try {
      ApiClient.Reply huge =
          upload(
              api,
              ApiUsers.ENGINEER,
              path,
              new byte[7 * 1024 * 1024],
              "huge.png",
              "image/png",
              "before");
      assertThat(huge.status()).isEqualTo(413);
      assertThat(huge.contentType()).startsWith("application/problem+json");
    } catch (IllegalStateException closed) {
      assertThat(closed).hasRootCauseInstanceOf(java.io.IOException.class);
    }

    ApiClient.Reply stage = png(api, ApiUsers.ENGINEER, path, "during");
    assertThat(stage.status()).isEqualTo(400);
    assertThat(stage.body()).contains("stage");
    assertThat(upload(api, ApiUsers.ENGINEER, path, null, null, null, "before").status())
        .isEqualTo(400);

    assertThat(count(no)).as("only the JPEG was kept").isEqualTo(1);
  }

  @Test
  @DisplayName(
      "a record keeps at most complaints.photos.max-per-record photos: the next is 409; an unknown order or photo 404")
  void countLimitAndUnknownRecords() {
    String no = repair();
    String path = "/api/repairs/" + no + "/photos";
    for (int i = 0; i < MAX_PER_RECORD; i++) {
      assertThat(png(api, ApiUsers.ENGINEER, path, i % 2 == 0 ? "before" : "after").status())
          .isEqualTo(201);
    }
    ApiClient.Reply tooMany = png(api, ApiUsers.ENGINEER, path, "after");
    assertThat(tooMany.status()).isEqualTo(409);
    assertThat(tooMany.json().get("detail").asText()).contains("上限");
    assertThat(count(no)).isEqualTo(MAX_PER_RECORD);

    assertThat(
            png(api, ApiUsers.ENGINEER, "/api/repairs/PG-20000101-9999/photos", "before").status())
        .isEqualTo(404);
    api.as(ApiUsers.ENGINEER).get("/api/repairs/PG-20000101-9999/photos").expect(404);
    api.as(ApiUsers.ENGINEER).get("/api/complaints/TS-20000101-9999/photos").expect(404);
    assertThat(fetch(api, ApiUsers.ENGINEER, "/api/photos/999999999").statusCode()).isEqualTo(404);
    api.as(ApiUsers.ENGINEER).get("/api/photos/abc").expect(400);
  }

  @Test
  @DisplayName(
      "the uploader deletes a photo while the step it was added at is open; once that step is done it is part of the record (409) and only a supervisor removes it; others 403")
  void uploaderDeletesWithinTheOpenStep() {
    String no = repair();
    String path = "/api/repairs/" + no + "/photos";
    long first = png(api, ApiUsers.ENGINEER, path, "before").json().get("id").asLong();
    long second = png(api, ApiUsers.ENGINEER, path, "before").json().get("id").asLong();

    assertThat(delete(api, ApiUsers.VISITOR, "/api/photos/" + first).status()).isEqualTo(403);
    assertThat(delete(api, ApiUsers.ENGINEER, "/api/photos/" + first).status()).isEqualTo(204);
    assertThat(fetch(api, ApiUsers.ENGINEER, "/api/photos/" + first).statusCode()).isEqualTo(404);

    String process = processOf(no);
    tasks.complete(
        tasks
            .createTaskQuery()
            .processInstanceId(process)
            .taskDefinitionKey("UserTask_ArriveOnSite")
            .singleResult()
            .getId());
    assertThat(
            tasks
                .createTaskQuery()
                .processInstanceId(process)
                .taskDefinitionKey("UserTask_DiagnoseFault")
                .count())
        .isEqualTo(1);

    ApiClient.Reply archived = delete(api, ApiUsers.ENGINEER, "/api/photos/" + second);
    assertThat(archived.status()).isEqualTo(409);
    assertThat(archived.json().get("detail").asText()).contains("步骤已完成");
    assertThat(api.get(ApiUsers.ENGINEER, path).json().get(0).get("mayDelete").asBoolean())
        .isFalse();
    assertThat(png(api, ApiUsers.ENGINEER, path, "after").status())
        .as("the next step (diagnosis, R-REP-4) adds its photo")
        .isEqualTo(201);

    ApiUsers.ensure(identity, "api-engsupervisor", "engineering-supervisor");
    assertThat(delete(api, "api-engsupervisor", "/api/photos/" + second).status()).isEqualTo(204);
    assertThat(count(no)).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "complaints have photos too: the verifier adds one, the Photos tab's endpoint tells the verifier they may add and where; outsiders get 403; the bytes never reach engine tables; from Tasklist only with the session's CSRF token")
  void complaintPhotosThroughTheVerifyStep() {
    ApiClient.Reply intake =
        api.post(ApiUsers.CLIENT, "/api/complaints", ApiClient.validIntake(), Map.of());
    String no = intake.json().get("complaintNo").asText();
    String process = processOf(no);
    String verify = openTask(process);
    long engineBytes = jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY", Long.class);

    ApiClient.Reply tab =
        api.as(ApiUsers.SUPERVISOR).get("/api/tasks/" + verify + "/photos").expect(200);
    assertThat(tab.json().get("recordType").asText()).isEqualTo("COMPLAINT");
    assertThat(tab.json().get("recordNo").asText()).isEqualTo(no);
    assertThat(tab.json().get("uploadUrl").asText()).isEqualTo("/api/complaints/" + no + "/photos");
    assertThat(tab.json().get("mayUpload").asBoolean()).isTrue();
    assertThat(tab.json().get("maxSize").asLong()).isEqualTo(MAX_SIZE);

    ApiClient.Reply added =
        png(api, ApiUsers.SUPERVISOR, "/api/complaints/" + no + "/photos", "other");
    assertThat(added.status()).as(added.body()).isEqualTo(201);
    assertThat(
            api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/photos").json().get("photos"))
        .hasSize(1);
    assertThat(jdbc.queryForObject("select count(*) from ACT_GE_BYTEARRAY", Long.class))
        .isEqualTo(engineBytes);

    api.as(ApiUsers.VISITOR).get("/api/tasks/" + verify + "/photos").expect(404);
    api.as(ApiUsers.DEPTHEAD).get("/api/complaints/" + no + "/photos").expect(403);
    assertThat(png(api, ApiUsers.VISITOR, "/api/complaints/" + no + "/photos", "other").status())
        .isEqualTo(403);
    api.as(ApiUsers.GM)
        .get("/api/complaints/" + no + "/photos")
        .expect(200, "the general manager reads");

    // from Tasklist: the session's cookie alone adds nothing; with its CSRF token the upload
    // reaches the photo checks
    WebappSession tasklist = WebappSession.signIn(api, ApiUsers.SUPERVISOR);
    assertThat(tasklist.callWithoutToken("POST", "/api/complaints/" + no + "/photos").status())
        .isEqualTo(401);
    String notAnImage =
        "--b1\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
            + "Content-Type: image/png\r\n\r\nnot an image\r\n--b1--\r\n";
    assertThat(
            tasklist
                .call(
                    "POST",
                    "/api/complaints/" + no + "/photos",
                    notAnImage,
                    "multipart/form-data; boundary=b1")
                .status())
        .isEqualTo(415);
    assertThat(count(no)).isEqualTo(1);
  }

  private String repair() {
    ApiClient.Reply created =
        api.as(ApiUsers.CLIENT).post("/api/repairs", ApiClient.validRepair()).expect(201);
    return created.json().get("orderNo").asText();
  }

  private long count(String recordNo) {
    return jdbc.queryForObject(
        "select count(*) from photo where record_no = ?", Long.class, recordNo);
  }
}
