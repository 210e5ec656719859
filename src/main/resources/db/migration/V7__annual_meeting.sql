-- The annual democratic life meeting (年度民主生活会, DOMAIN §6) runs the same process: a meeting has
-- a kind, and an annual one its year. A unit holds one annual meeting a year (running or held).
alter table meeting add column kind varchar(16) default 'SPECIAL' not null;
alter table meeting add column annual_year integer;
create unique index meeting_annual on meeting (unit_id, annual_year);

-- its five preparation steps add a plan (方案) and a rectification status report (整改落实情况报告)
alter table meeting_preparation add column plan varchar(8000);
alter table meeting_preparation add column rectification_report varchar(8000);

-- its report's annual topics (seed 002: 严明党的政治纪律和政治规矩、落实中央八项规定精神、持续抓好整改)
alter table meeting_report_version add column political_rules varchar(8000);
alter table meeting_report_version add column rectification_progress varchar(8000);
