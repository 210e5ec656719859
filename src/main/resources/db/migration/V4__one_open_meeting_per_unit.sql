-- At most one running meeting per unit: set while the meeting's process runs, cleared when it ends
-- or is cancelled. The unique index decides between two starts at the same moment. Meetings started
-- before this version are left out (null): they were not limited.
alter table meeting add column open_unit_id varchar(64);
create unique index meeting_open_unit on meeting (open_unit_id);
