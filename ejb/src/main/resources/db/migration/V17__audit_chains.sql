-- The audit trail in 32 chains instead of one, so that audited calls no longer wait for each
-- other (issue 15). Each event belongs to one chain (audit_event.chain) and its hash covers the
-- previous event's hash in that chain; each chain has its own head row, locked by one writer at a
-- time. Alteration, removal and reordering are still found by AuditTrail.verify, which checks
-- every chain in id order and every chain's head (AuditChains says how events are assigned).
--
-- The events written before this migration form chain 1 (the column's default, which also keeps
-- a writer that knows a single chain only valid), and the old single head becomes chain 1's head.
-- Adding a column fires no row trigger: the final-records triggers of V4 stay in force.
alter table audit_event add column chain integer default 1 not null;
alter table audit_event add constraint audit_event_chain_known check (chain between 1 and 32);

-- One head row per chain, rows 1..32 and no others (the number is AuditChains.COUNT).
create table audit_chain (
    id            integer primary key check (id between 1 and 32),
    last_event_id bigint,
    last_hash     varchar(64),
    version       bigint not null
);
insert into audit_chain (id, last_event_id, last_hash, version)
    select 1, last_event_id, last_hash, version from audit_chain_head where id = 1;
insert into audit_chain (id, last_event_id, last_hash, version) values
    (2, null, null, 0), (3, null, null, 0), (4, null, null, 0), (5, null, null, 0),
    (6, null, null, 0), (7, null, null, 0), (8, null, null, 0), (9, null, null, 0),
    (10, null, null, 0), (11, null, null, 0), (12, null, null, 0), (13, null, null, 0),
    (14, null, null, 0), (15, null, null, 0), (16, null, null, 0), (17, null, null, 0),
    (18, null, null, 0), (19, null, null, 0), (20, null, null, 0), (21, null, null, 0),
    (22, null, null, 0), (23, null, null, 0), (24, null, null, 0), (25, null, null, 0),
    (26, null, null, 0), (27, null, null, 0), (28, null, null, 0), (29, null, null, 0),
    (30, null, null, 0), (31, null, null, 0), (32, null, null, 0);
drop table audit_chain_head;
alter table audit_chain rename to audit_chain_head;
