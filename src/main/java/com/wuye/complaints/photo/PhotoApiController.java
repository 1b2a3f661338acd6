package com.wuye.complaints.photo;

import com.wuye.complaints.complaint.ComplaintNumbers;
import com.wuye.complaints.photo.PhotoRecords.RecordType;
import com.wuye.complaints.repair.RepairOrders;
import com.wuye.complaints.support.ApiParameters;
import com.wuye.complaints.support.NoStore;
import com.wuye.complaints.support.PlatformApi;
import com.wuye.complaints.tasklist.OwnTasks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * Before and after photos 照片 of complaints and repair orders (issue 17): added as multipart uploads
 * (field {@code file}, optional {@code stage} before/after/other) by the staff working an open
 * step, read by them and by the record's supervisors, served back only as the image type their
 * bytes are.
 */
@PlatformApi
@Tag(name = "photos", description = "照片 Before and after photos of complaints and repair orders")
class PhotoApiController {

  private static final String ID_MESSAGE = "invalid.photo-id";
  private static final String UPLOAD =
      "照片文件（JPEG、PNG 或 WebP，按内容判断），multipart 字段 file；stage：before 维修前、after 维修后、"
          + "other 其他（默认） / the photo (JPEG, PNG or WebP, judged by its bytes) as multipart field file; stage before, after or "
          + "other (default). 413 above the size limit, 415 for any other content, 409 when the record has its most photos";

  private final PhotoService photos;
  private final OwnTasks ownTasks;

  PhotoApiController(PhotoService photos, OwnTasks ownTasks) {
    this.photos = photos;
    this.ownTasks = ownTasks;
  }

  @PostMapping(
      path = "/api/complaints/{complaintNo}/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "上传投诉照片 Add a photo to a complaint (staff working one of its open steps)",
      description = UPLOAD)
  @ApiResponse(responseCode = "409", description = "照片数量已达上限 the complaint has its most photos")
  @ApiResponse(
      responseCode = "415",
      description = "不是 JPEG、PNG 或 WebP 图片 not a JPEG, PNG or WebP image")
  ResponseEntity<Photo> addComplaintPhoto(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @Parameter(schema = @Schema(allowableValues = {"before", "after", "other"}))
          @RequestParam(name = "stage", required = false)
          String stage)
      throws IOException {
    return created(photos.upload(RecordType.COMPLAINT, complaintNo, bytes(file), stage));
  }

  @PostMapping(
      path = "/api/repairs/{orderNo}/photos",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary =
          "上传维修照片 Add a before/after photo to a repair order (staff working one of its open steps)",
      description = UPLOAD)
  @ApiResponse(responseCode = "409", description = "照片数量已达上限 the order has its most photos")
  @ApiResponse(
      responseCode = "415",
      description = "不是 JPEG、PNG 或 WebP 图片 not a JPEG, PNG or WebP image")
  ResponseEntity<Photo> addRepairPhoto(
      @PathVariable @Pattern(regexp = RepairOrders.PATTERN, message = RepairOrders.MESSAGE)
          String orderNo,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @Parameter(schema = @Schema(allowableValues = {"before", "after", "other"}))
          @RequestParam(name = "stage", required = false)
          String stage)
      throws IOException {
    return created(photos.upload(RecordType.REPAIR, orderNo, bytes(file), stage));
  }

  @GetMapping(
      path = "/api/complaints/{complaintNo}/photos",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "投诉的照片 The photos of a complaint (id, stage, who, when, size, type; bytes at url)")
  List<Photo> complaintPhotos(
      @PathVariable @Pattern(regexp = ComplaintNumbers.PATTERN, message = ComplaintNumbers.MESSAGE)
          String complaintNo) {
    return photos.list(RecordType.COMPLAINT, complaintNo);
  }

  @GetMapping(path = "/api/repairs/{orderNo}/photos", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "派工单的照片 The photos of a repair order (id, stage, who, when, size, type; bytes at url)")
  List<Photo> repairPhotos(
      @PathVariable @Pattern(regexp = RepairOrders.PATTERN, message = RepairOrders.MESSAGE)
          String orderNo) {
    return photos.list(RecordType.REPAIR, orderNo);
  }

  @GetMapping(path = "/api/tasks/{taskId}/photos", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary =
          "任务所属投诉或派工单的照片 The photos of the task's complaint or repair order, whether the caller may add "
              + "one, the limits and where to upload (Tasklist's 照片 Photos tab)")
  ResponseEntity<PhotoService.TaskPhotos> taskPhotos(
      @PathVariable @Pattern(regexp = OwnTasks.TASK_ID) String taskId) {
    return NoStore.ok(photos.forTask(ownTasks.visible(taskId)));
  }

  @GetMapping("/api/photos/{id}")
  @Operation(
      summary =
          "照片内容 The photo itself, as the image type its bytes are (nosniff, no script can run in it)")
  @ApiResponse(
      responseCode = "200",
      description = "the image",
      content = {
        @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary"))
      })
  ResponseEntity<byte[]> photo(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ID_MESSAGE) String id) {
    PhotoService.Content content = photos.content(Long.parseLong(id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(content.contentType()))
        .header(
            "Content-Disposition",
            ContentDisposition.inline()
                .filename("photo-" + content.id() + "." + content.extension())
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
        .body(content.bytes());
  }

  @DeleteMapping("/api/photos/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      summary =
          "删除照片 Delete a photo: its uploader while the step it was added at is open, a supervisor while the record "
              + "is open")
  @ApiResponse(responseCode = "409", description = "上传时的步骤已完成 the step it was added at is finished")
  ResponseEntity<Void> deletePhoto(
      @PathVariable @Pattern(regexp = ApiParameters.ID, message = ID_MESSAGE) String id) {
    photos.delete(Long.parseLong(id));
    return ResponseEntity.noContent().build();
  }

  private static byte[] bytes(MultipartFile file) throws IOException {
    return file == null ? null : file.getBytes();
  }

  private static ResponseEntity<Photo> created(Photo photo) {
    return ResponseEntity.created(URI.create(photo.url())).body(photo);
  }
}
