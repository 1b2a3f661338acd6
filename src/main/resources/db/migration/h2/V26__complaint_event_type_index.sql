-- R-KPI-1: the KPI figures ask which complaints have an event of a type (a late handling step, a
-- late rectification notice); this index answers that without reading every event
-- (docs/benchmarks.md, the KPI API over a year of 100,000 complaints).
create index ix_complaint_event_type on complaint_event (event_type, complaint_id);
