-- PostgreSQL: saved safety-plan versions and their entries are final.
create function safety_plan_row_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'safety plan versions are final: % on % is refused', tg_op, tg_table_name;
end
$$;

create trigger safety_plan_version_final before update or delete on safety_plan_version
    for each row execute function safety_plan_row_is_final();
create trigger safety_plan_version_no_truncate before truncate on safety_plan_version
    for each statement execute function safety_plan_row_is_final();
create trigger safety_plan_entry_final before update or delete on safety_plan_entry
    for each row execute function safety_plan_row_is_final();
create trigger safety_plan_entry_no_truncate before truncate on safety_plan_entry
    for each statement execute function safety_plan_row_is_final();
