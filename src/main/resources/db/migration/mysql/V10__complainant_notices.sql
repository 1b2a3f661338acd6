-- Issue 20 item 7: how the complainant of each complaint wants to be told (SMS or WeChat), or that
-- they declined messages. Messages themselves go through the notification outbox (channel SMS or
-- WECHAT, recipient_group 'complainant'); the phone stays in the complaint row.
-- Keep in step with ../h2/V10__complainant_notices.sql.
create table complainant_notice_preference (
  complaint_id bigint primary key,
  channel varchar(20) not null,
  opted_out boolean not null default false,
  recorded_at datetime(3) not null,
  constraint fk_notice_preference_complaint foreign key (complaint_id) references complaint(id)
);
