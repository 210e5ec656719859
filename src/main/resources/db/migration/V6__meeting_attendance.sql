-- Who actually attended the meeting beside the group: the superior leader, and which supervisors.
-- The notification states only what is recorded here. Null for meetings recorded before.
alter table meeting_record add column superior_present boolean;
alter table meeting_record add column supervisors_present varchar(1000);
