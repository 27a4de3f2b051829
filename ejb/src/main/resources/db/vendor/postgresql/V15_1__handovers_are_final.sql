-- PostgreSQL: a given handover (its snapshot) and its acknowledgement are final.
create function handover_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are final: % refused', tg_table_name, tg_op;
end
$$;

create trigger handover_final before update or delete on handover
    for each row execute function handover_is_final();
create trigger handover_acknowledgement_final before update or delete on handover_acknowledgement
    for each row execute function handover_is_final();
create trigger handover_no_truncate before truncate on handover
    for each statement execute function handover_is_final();
create trigger handover_acknowledgement_no_truncate before truncate on handover_acknowledgement
    for each statement execute function handover_is_final();
