-- PostgreSQL: audit rows are final; UPDATE, DELETE and TRUNCATE of the audit trail are refused.
create function audit_event_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are final: % on audit_event is refused', tg_op;
end
$$;

create trigger audit_event_final before update or delete on audit_event
    for each row execute function audit_event_is_final();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_final();
