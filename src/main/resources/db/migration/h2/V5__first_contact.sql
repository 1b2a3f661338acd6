-- R-ESC-3: the complainant's first contact (by the verifier, usually), which meets the response deadline.
-- Keep in step with ../mysql/V5__first_contact.sql.
alter table complaint add column first_contact_at timestamp(3);
alter table complaint add column first_contact_by varchar(64);
