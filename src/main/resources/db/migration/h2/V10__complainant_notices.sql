-- Issue 20 item 7: how the complainant of each complaint wants to be told (SMS or WeChat), or that
-- they declined messages. Messages themselves go through the notification outbox (channel SMS or
-- WECHAT, recipient_group 'complainant'); the phone stays in the complaint row.
-- Keep in step with ../mysql/V10__complainant_notices.sql.
create table complainant_notice_preference (
  complaint_id bigint primary key references complaint(id),
  channel varchar(20) not null,
  opted_out boolean default false not null,
  recorded_at timestamp(3) not null
);
