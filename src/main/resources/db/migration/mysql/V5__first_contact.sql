-- R-ESC-3: the complainant's first contact (by the verifier, usually), which meets the response deadline.
-- Keep in step with ../h2/V5__first_contact.sql.
alter table complaint
  add column first_contact_at datetime(3),
  add column first_contact_by varchar(64);
