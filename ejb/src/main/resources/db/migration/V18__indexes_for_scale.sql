-- Indexes for a network of centers (issue 15), each proven with EXPLAIN (ANALYZE, BUFFERS) on the
-- generated network (docs/performance.md). Portable: the same statements on H2 and PostgreSQL.

-- The handover read: each client's newest and previous risk level (max(id) per client). Without
-- it PostgreSQL answered max(id) for one client by walking the primary key backwards over every
-- client's rows.
create index risk_assessment_client_id_idx on risk_assessment (client_id, id);

-- The chart's audit trail: a client's events counted and paged newest first (by id). With
-- (client_id, occurred_at) the count read every event's row from the table; this one is read
-- from the index alone.
create index audit_event_client_id_idx on audit_event (client_id, id);

-- The supervisor's dashboard: notes awaiting a co-signature and old drafts in their programs,
-- found per client without reading every note of the client.
create index session_note_client_status_idx on session_note (client_id, status, co_sign_required);

-- The dashboards' reviews to close: the open review tasks (closed_at is null) are few among all
-- the tasks ever opened; (assignee, closed_at) made PostgreSQL walk the whole index for them.
create index review_task_open_idx on review_task (closed_at, client_id);
