-- Issue 18. Keep in step with ../mysql/V31__complaint_has_waited.sql.

-- R-SEV-MAJOR/HOT, R-ESC-2: whether the complaint ever waited on the complainant or a third party
-- (a row in complaint_waiting). Most never do; the age checks, reassessments and the end of the
-- handling step read their waiting periods only when this says there are any.
alter table complaint add column has_waited boolean default false not null;
update complaint set has_waited = true
  where id in (select complaint_id from complaint_waiting);
