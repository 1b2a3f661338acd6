package com.wuye.complaints.photo;

import com.wuye.complaints.identity.CurrentUser;
import com.wuye.complaints.photo.PhotoRecords.Access;
import com.wuye.complaints.photo.PhotoRecords.RecordType;
import com.wuye.complaints.photo.PhotoRecords.Role;
import com.wuye.complaints.photo.PhotoRecords.Target;
import com.wuye.complaints.support.ApiProblemException;
import com.wuye.complaints.support.EngineClock;
import com.wuye.complaints.support.FieldError;
import com.wuye.complaints.support.InvalidInputException;
import com.wuye.complaints.support.Messages;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before and after photos 照片 of complaints and repair orders, in table {@code photo}. A photo is
 * accepted only as what its bytes are (JPEG, PNG or WebP; never what the client says it is), within
 * the configured size and count, with its GPS position removed, from someone working an open step
 * of the record. Its uploader may delete it while that step is open, a supervisor while the record
 * is.
 */
@Service
class PhotoService {

  private static final Logger LOG = LoggerFactory.getLogger(PhotoService.class);
  static final Set<String> STAGES = Set.of("before", "after", "other");

  /** A photo's bytes and what they are. */
  record Content(long id, String contentType, String extension, byte[] bytes) {}

  /**
   * What Tasklist's Photos tab needs: the record, whether the caller may add, the limits, the
   * photos.
   */
  record TaskPhotos(
      String recordType,
      String recordNo,
      String uploadUrl,
      boolean mayUpload,
      long maxSize,
      int maxPerRecord,
      List<Photo> photos) {}

  private final PhotoRecords records;
  private final PhotoLimits limits;
  private final JdbcTemplate jdbc;
  private final CurrentUser caller;
  private final EngineClock clock;

  PhotoService(
      PhotoRecords records,
      PhotoLimits limits,
      JdbcTemplate jdbc,
      CurrentUser caller,
      EngineClock clock) {
    this.records = records;
    this.limits = limits;
    this.jdbc = jdbc;
    this.caller = caller;
    this.clock = clock;
  }

  @Transactional
  Photo upload(RecordType type, String no, byte[] file, String stageParam) {
    Target target = records.find(type, no);
    Access access = records.access(target);
    if (access.role() != Role.WORKER) {
      throw ApiProblemException.forbidden("photo.only-staff-add", noun(type));
    }
    String stage = stage(stageParam);
    if (file == null || file.length == 0) {
      throw new InvalidInputException(
          FieldError.of("file", "invalid.photo.multipart-field-file-photo-required"));
    }
    if (file.length > limits.maxSize().toBytes()) {
      throw new ApiProblemException(
          413,
          Messages.text("photo.title.too-large"),
          Messages.text("photo.too-large", megabytes(limits.maxSize().toBytes())));
    }
    PhotoImages.Cleaned image =
        PhotoImages.clean(file)
            .orElseThrow(
                () ->
                    new ApiProblemException(
                        415,
                        Messages.text("photo.title.unsupported-type"),
                        Messages.text("photo.unsupported-type")));
    Integer count =
        jdbc.queryForObject(
            "select count(*) from photo where record_type = ? and record_no = ?",
            Integer.class,
            type.name(),
            no);
    if (count != null && count >= limits.maxPerRecord()) {
      throw ApiProblemException.conflict("photo.most-photos", noun(type), count);
    }
    Timestamp now = Timestamp.from(clock.now());
    org.springframework.jdbc.support.GeneratedKeyHolder key =
        new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.update(
        connection -> {
          var insert =
              connection.prepareStatement(
                  "insert into photo (record_type, record_no, stage, content_type, size_bytes, sha256,"
                      + " task_id, uploaded_by, uploaded_at, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  new String[] {"id"});
          insert.setString(1, type.name());
          insert.setString(2, no);
          insert.setString(3, stage);
          insert.setString(4, image.type().mediaType);
          insert.setInt(5, image.bytes().length);
          insert.setString(6, sha256(image.bytes()));
          insert.setString(7, access.taskId());
          insert.setString(8, caller.id());
          insert.setTimestamp(9, now);
          insert.setBytes(10, image.bytes());
          return insert;
        },
        key);
    long id = key.getKey().longValue();
    LOG.info(
        "photo {} of {} {} added by {} ({} bytes, {})",
        id,
        type,
        no,
        caller.id(),
        image.bytes().length,
        image.type());
    return new Photo(
        id,
        type.name(),
        no,
        stage,
        image.type().mediaType,
        image.bytes().length,
        caller.id(),
        now.toInstant(),
        url(id),
        true);
  }

  @Transactional(readOnly = true)
  List<Photo> list(RecordType type, String no) {
    Target target = records.find(type, no);
    Access access = readable(target);
    return photos(target, access);
  }

  @Transactional(readOnly = true)
  TaskPhotos forTask(Task task) {
    Target target =
        records
            .ofTask(task)
            .orElseThrow(
                () ->
                    ApiProblemException.notFound(
                        "photo.task-belongs-no-complaint-repair", task.getId()));
    Access access = readable(target);
    String path = target.type() == RecordType.COMPLAINT ? "/api/complaints/" : "/api/repairs/";
    return new TaskPhotos(
        target.type().name(),
        target.no(),
        path + target.no() + "/photos",
        access.role() == Role.WORKER,
        limits.maxSize().toBytes(),
        limits.maxPerRecord(),
        photos(target, access));
  }

  @Transactional(readOnly = true)
  Content content(long id) {
    var rows =
        jdbc.query(
            "select record_type, record_no, content_type, content from photo where id = ?",
            (rs, n) ->
                new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)},
            id);
    if (rows.isEmpty()) {
      throw notFound(id);
    }
    Object[] row = rows.get(0);
    Target target = records.find(RecordType.valueOf((String) row[0]), (String) row[1]);
    readable(target);
    PhotoImages.Type type = PhotoImages.Type.ofMediaType((String) row[2]).orElseThrow();
    return new Content(id, type.mediaType, type.extension, (byte[]) row[3]);
  }

  @Transactional
  void delete(long id) {
    var rows =
        jdbc.query(
            "select record_type, record_no, uploaded_by, task_id from photo where id = ?",
            (rs, n) ->
                new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)},
            id);
    if (rows.isEmpty()) {
      throw notFound(id);
    }
    String[] row = rows.get(0);
    Target target = records.find(RecordType.valueOf(row[0]), row[1]);
    if (!mayDelete(target, row[2], row[3])) {
      boolean own = row[2].equals(caller.id()) && records.access(target).role() != Role.NONE;
      if (own) {
        throw ApiProblemException.conflict("photo.step-photo-was-added-at");
      }
      throw ApiProblemException.forbidden("photo.only-uploader-deletes");
    }
    jdbc.update("delete from photo where id = ?", id);
    LOG.info("photo {} of {} {} deleted by {}", id, row[0], row[1], caller.id());
  }

  private boolean mayDelete(Target target, String uploadedBy, String taskId) {
    if (uploadedBy.equals(caller.id()) && records.isTaskOpen(taskId)) {
      return true;
    }
    return records.supervises(target) && records.isOpen(target);
  }

  private List<Photo> photos(Target target, Access access) {
    return jdbc.query(
        "select id, stage, content_type, size_bytes, uploaded_by, uploaded_at, task_id from photo"
            + " where record_type = ? and record_no = ? order by uploaded_at, id",
        (rs, n) -> {
          long id = rs.getLong("id");
          return new Photo(
              id,
              target.type().name(),
              target.no(),
              rs.getString("stage"),
              rs.getString("content_type"),
              rs.getInt("size_bytes"),
              rs.getString("uploaded_by"),
              rs.getTimestamp("uploaded_at").toInstant(),
              url(id),
              mayDelete(target, rs.getString("uploaded_by"), rs.getString("task_id")));
        },
        target.type().name(),
        target.no());
  }

  private Access readable(Target target) {
    Access access = records.access(target);
    if (access.role() == Role.NONE) {
      throw ApiProblemException.forbidden("photo.may-not-see", noun(target.type()));
    }
    return access;
  }

  private static String stage(String value) {
    if (value == null || value.isBlank()) {
      return "other";
    }
    String stage = value.trim().toLowerCase(Locale.ROOT);
    if (!STAGES.contains(stage)) {
      throw new InvalidInputException(
          FieldError.of("stage", "invalid.photo.stage-before-after-other"));
    }
    return stage;
  }

  static String url(long id) {
    return "/api/photos/" + id;
  }

  private static String noun(RecordType type) {
    return type == RecordType.COMPLAINT ? "投诉" : "派工单";
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
  }

  private static ApiProblemException notFound(long id) {
    return ApiProblemException.notFound("photo.no-photo", id);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
