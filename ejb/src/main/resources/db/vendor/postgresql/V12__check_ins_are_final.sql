-- PostgreSQL: recorded check-ins are final.
create function check_in_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'check-ins are final: % on % is refused', tg_op, tg_table_name;
end
$$;

create trigger check_in_final before update or delete on check_in
    for each row execute function check_in_is_final();
create trigger check_in_no_truncate before truncate on check_in
    for each statement execute function check_in_is_final();
