-- PostgreSQL: a signed session note, a signed group session, addenda and co-signature reviews are
-- final. Drafts stay changeable (and a draft may be discarded).
create function signed_note_is_final() returns trigger language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'signed session notes are final: % refused', tg_op;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger session_note_final before update or delete on session_note
    for each row execute function signed_note_is_final();

create function signed_group_is_final() returns trigger language plpgsql as $$
begin
    if old.signed_at is not null then
        raise exception 'signed group sessions are final: % refused', tg_op;
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end
$$;

create trigger group_session_final before update or delete on group_session
    for each row execute function signed_group_is_final();

create function note_record_is_final() returns trigger language plpgsql as $$
begin
    raise exception 'rows of % are final: % refused', tg_table_name, tg_op;
end
$$;

create trigger note_addendum_final before update or delete on note_addendum
    for each row execute function note_record_is_final();
create trigger note_review_final before update or delete on note_review
    for each row execute function note_record_is_final();
create trigger session_note_no_truncate before truncate on session_note
    for each statement execute function note_record_is_final();
create trigger note_addendum_no_truncate before truncate on note_addendum
    for each statement execute function note_record_is_final();
create trigger note_review_no_truncate before truncate on note_review
    for each statement execute function note_record_is_final();
