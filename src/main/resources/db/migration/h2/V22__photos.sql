-- Issue 17 item 6. Keep in step with ../mysql/V22__photos.sql (which says why photos live here).
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
  content blob not null
);
create index ix_photo_record on photo (record_type, record_no);
