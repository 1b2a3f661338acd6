-- Issue 17 item 6. Keep in step with ../h2/V22__photos.sql.

-- Before and after photos 维修前后照片 of complaints and repair orders, kept in the platform's own
-- database (package photo): the one database is what operations back up (docs/operations.md), the
-- bytes carry no name or phone into engine history (ACT_GE_BYTEARRAY, ACT_HI_ATTACHMENT would keep
-- them for the whole historyTimeToLive), and a photo outlives the process as part of the record.
-- record_type + record_no name the complaint (TS-...) or the repair order (PG-...); task_id is the
-- open step it was uploaded at (its uploader may delete it while that step is open). The bytes are
-- the verified image with its GPS position removed (photo/PhotoImages).
create table photo (
  id bigint auto_increment primary key,
  record_type varchar(10) not null,
  record_no varchar(20) not null,
  stage varchar(10) not null,
  content_type varchar(20) not null,
  size_bytes int not null,
  sha256 char(64) not null,
  task_id varchar(64),
  uploaded_by varchar(64) not null,
  uploaded_at timestamp(3) not null,
  content mediumblob not null,
  index ix_photo_record (record_type, record_no)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
