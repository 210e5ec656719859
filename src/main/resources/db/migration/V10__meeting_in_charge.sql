-- 分管: the cadres and units a leader is in charge of (the organization file's inCharge column). A
-- unit's id stands for its principal. The democratic life meeting adds a talk of each member of the
-- leadership group with each cadre they are in charge of (DOMAIN §4: members with the cadres they lead).
create table org_in_charge (
  person_id varchar(64) not null references org_person (id),
  charge_id varchar(64) not null,
  primary key (person_id, charge_id)
);
