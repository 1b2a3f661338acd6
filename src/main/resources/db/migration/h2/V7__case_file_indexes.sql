-- The case file of a task (casefile.CaseFileService): the earlier complaints of one unit and of one phone.
-- (V6 belongs to the communities master data.) Keep in step with ../mysql/V7__case_file_indexes.sql.
create index ix_complaint_unit on complaint (community_code, building, unit, room, received_at);
create index ix_complaint_phone on complaint (complainant_phone, received_at);
