-- The organization model (DOMAIN §2, §3, §7): units, people, supervision groups, roles.
-- Person and supervision-group ids are also Camunda user and group ids.

create table org_person (
  id    varchar(64)  primary key,
  name  varchar(100) not null,
  email varchar(200)
);

create table org_supervision_group (
  id     varchar(64)  primary key,
  name   varchar(200) not null,
  region varchar(200)
);

create table org_unit (
  id                   varchar(64)  primary key,
  name                 varchar(200) not null,
  category             varchar(32)  not null,
  tier                 integer      not null check (tier between 1 and 3),
  parent_id            varchar(64)  references org_unit (id),
  region               varchar(200) not null,
  superior_unit_id     varchar(64)  references org_unit (id),
  superior_leader_id   varchar(64)  references org_person (id),
  supervision_group_id varchar(64)  references org_supervision_group (id)
);

create index org_unit_parent on org_unit (parent_id);
create index org_unit_supervision on org_unit (supervision_group_id);

-- roles in units: PRINCIPAL, MEMBER, PARTY_MEMBER, OFFICE
create table org_unit_member (
  unit_id   varchar(64) not null references org_unit (id),
  person_id varchar(64) not null references org_person (id),
  role      varchar(32) not null,
  primary key (unit_id, person_id)
);

create index org_unit_member_person on org_unit_member (person_id);

-- roles in supervision groups: SUPERVISION_LEADER, SUPERVISOR
create table org_supervision_member (
  group_id  varchar(64) not null references org_supervision_group (id),
  person_id varchar(64) not null references org_person (id),
  role      varchar(32) not null,
  primary key (group_id, person_id)
);

create index org_supervision_member_person on org_supervision_member (person_id);

-- a leading cadre's contact points (联系点): units they guide in person
create table org_contact_point (
  person_id varchar(64) not null references org_person (id),
  unit_id   varchar(64) not null references org_unit (id),
  primary key (person_id, unit_id)
);
