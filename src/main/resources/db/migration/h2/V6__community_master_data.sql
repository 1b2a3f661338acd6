-- Issue 14 item 5: communities (小区) are master data, kept through /api/communities and Cockpit.
-- households: the number of households, the base of the complaint rate. An inactive community keeps
-- its complaints but takes no new ones. Keep in step with ../mysql/V6__community_master_data.sql.
alter table community add column address varchar(200);
alter table community add column households int;
alter table community add column active boolean default true not null;
