-- Severity governance and same issues decided by people (R-SEV-UP, R-SEV-HOT; issue 20). Keep in step with ../mysql/V8__severity_governance.sql.

-- How an issue's complaints were matched: BUILDING (same community, building and category) or
-- COMMUNITY (same community and category; building holds '*'), as decision same-issue-scope says for
-- the category at intake; or MANUAL, opened when a person linked a complaint to one that had no issue
-- (building holds that complaint's number). A complaint whose link the verifier rejected or a
-- supervisor removed leaves its issue (complaint.issue_id null); the complaint_event rows say who and why.
alter table complaint_issue add column match_scope varchar(16) default 'BUILDING' not null;
