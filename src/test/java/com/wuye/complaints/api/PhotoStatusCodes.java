package com.wuye.complaints.api;

import static com.wuye.complaints.api.PhotoUploads.delete;
import static com.wuye.complaints.api.PhotoUploads.png;
import static com.wuye.complaints.api.PhotoUploads.upload;

import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/**
 * The photo operations' part of {@link StatusCodeContract}: every status each of them can answer,
 * provoked.
 */
final class PhotoStatusCodes {

  interface Expect {
    ApiClient.Reply expect(String operation, int status, ApiClient.Reply reply);
  }

  private static final int MAX_PER_RECORD = 20; // complaints.photos.max-per-record

  private PhotoStatusCodes() {}

  static void provoke(ApiClient api, RuntimeService runtime, TaskService tasks, Expect expect) {
    ApiClient.Reply created =
        api.post(ApiUsers.CLIENT, "/api/complaints", ApiClient.validIntake(), Map.of());
    String complaint = created.json().get("complaintNo").asText();
    String process =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(complaint)
            .singleResult()
            .getId();
    String verify = tasks.createTaskQuery().processInstanceId(process).singleResult().getId();
    String repair =
        api.post(ApiUsers.CLIENT, "/api/repairs", ApiClient.validRepair(), Map.of())
            .json()
            .get("orderNo")
            .asText();

    uploads(
        api,
        expect,
        "POST /api/complaints/{complaintNo}/photos",
        "/api/complaints/",
        complaint,
        "TS-20000101-9999",
        ApiUsers.SUPERVISOR);
    long photo =
        uploads(
            api,
            expect,
            "POST /api/repairs/{orderNo}/photos",
            "/api/repairs/",
            repair,
            "PG-20000101-9999",
            ApiUsers.ENGINEER);

    for (String[] list :
        new String[][] {
          {
            "GET /api/complaints/{complaintNo}/photos",
            "/api/complaints/",
            complaint,
            "TS-20000101-9999",
            ApiUsers.SUPERVISOR
          },
          {
            "GET /api/repairs/{orderNo}/photos",
            "/api/repairs/",
            repair,
            "PG-20000101-9999",
            ApiUsers.ENGINEER
          }
        }) {
      expect.expect(list[0], 200, api.get(list[4], list[1] + list[2] + "/photos"));
      expect.expect(list[0], 400, api.get(list[4], list[1] + "not-a-number/photos"));
      expect.expect(list[0], 401, api.get(null, list[1] + list[2] + "/photos"));
      expect.expect(list[0], 403, api.get(ApiUsers.VISITOR, list[1] + list[2] + "/photos"));
      expect.expect(list[0], 404, api.get(list[4], list[1] + list[3] + "/photos"));
    }

    String tab = "GET /api/tasks/{taskId}/photos";
    expect.expect(tab, 200, api.get(ApiUsers.SUPERVISOR, "/api/tasks/" + verify + "/photos"));
    expect.expect(tab, 400, api.get(ApiUsers.SUPERVISOR, "/api/tasks/bad_id/photos"));
    expect.expect(tab, 401, api.get(null, "/api/tasks/" + verify + "/photos"));
    expect.expect(tab, 403, api.get(ApiUsers.CLIENT, "/api/tasks/" + verify + "/photos"));
    expect.expect(tab, 404, api.get(ApiUsers.VISITOR, "/api/tasks/" + verify + "/photos"));

    String bytes = "GET /api/photos/{id}";
    expect.expect(bytes, 200, api.get(ApiUsers.ENGINEER, "/api/photos/" + photo));
    expect.expect(bytes, 400, api.get(ApiUsers.ENGINEER, "/api/photos/abc"));
    expect.expect(bytes, 401, api.get(null, "/api/photos/" + photo));
    expect.expect(bytes, 403, api.get(ApiUsers.VISITOR, "/api/photos/" + photo));
    expect.expect(bytes, 404, api.get(ApiUsers.ENGINEER, "/api/photos/999999999"));

    String remove = "DELETE /api/photos/{id}";
    expect.expect(remove, 400, delete(api, ApiUsers.ENGINEER, "/api/photos/abc"));
    expect.expect(remove, 401, api.send(null, "DELETE", "/api/photos/" + photo, null));
    expect.expect(remove, 403, delete(api, ApiUsers.VISITOR, "/api/photos/" + photo));
    expect.expect(remove, 404, delete(api, ApiUsers.ENGINEER, "/api/photos/999999999"));
    expect.expect(remove, 204, delete(api, ApiUsers.ENGINEER, "/api/photos/" + photo));
    long kept =
        png(api, ApiUsers.ENGINEER, "/api/repairs/" + repair + "/photos", "before")
            .json()
            .get("id")
            .asLong();
    String repairProcess =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(repair)
            .singleResult()
            .getId();
    tasks.complete(
        tasks
            .createTaskQuery()
            .processInstanceId(repairProcess)
            .taskDefinitionKey("UserTask_ArriveOnSite")
            .singleResult()
            .getId());
    expect.expect(remove, 409, delete(api, ApiUsers.ENGINEER, "/api/photos/" + kept));
  }

  /** Every answer of an upload operation; the last photo's id. */
  private static long uploads(
      ApiClient api,
      Expect expect,
      String operation,
      String base,
      String no,
      String unknown,
      String worker) {
    String path = base + no + "/photos";
    long last = 0;
    for (int i = 0; i < MAX_PER_RECORD; i++) {
      last =
          expect.expect(operation, 201, png(api, worker, path, "before")).json().get("id").asLong();
    }
    expect.expect(operation, 409, png(api, worker, path, "after"));
    expect.expect(operation, 400, png(api, worker, base + "not-a-number/photos", "before"));
    expect.expect(operation, 401, png(api, null, path, "before"));
    expect.expect(operation, 403, png(api, ApiUsers.VISITOR, path, "before"));
    expect.expect(operation, 404, png(api, worker, base + unknown + "/photos", "before"));
    expect.expect(
        operation,
        413,
        upload(
            api,
            worker,
            path,
            Arrays.copyOf(PhotoUploads.png(), 5 * 1024 * 1024 + 1),
            "big.png",
            "image/png",
            "before"));
    expect.expect(
        operation,
        415,
        upload(
            api,
            worker,
            path,
            "not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "a.png",
            "image/png",
            "before"));
    return last;
  }
}
