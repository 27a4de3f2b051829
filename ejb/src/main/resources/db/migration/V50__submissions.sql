-- Submissions of forms that must take effect once: a check-in, a note's signature, an alert's or a
-- handover's acknowledgement. The form carries a random token from the moment it is shown; a
-- replay of the same submission (a double click, the browser resending, a network retry) finds
-- its token here and gets the record the first one made, instead of making a second.
create table submission (
    token        varchar(36)  primary key,
    kind         varchar(30)  not null
        check (kind in ('CHECK_IN', 'NOTE_SIGNATURE', 'ALERT_ACKNOWLEDGEMENT',
                        'HANDOVER_ACKNOWLEDGEMENT')),
    username     varchar(60)  not null,
    claimed_at   timestamp with time zone not null,
    -- the record the submission made, once it made one; null while refused or not yet done
    record_id    bigint,
    recorded_at  timestamp with time zone,
    check ((record_id is null and recorded_at is null)
        or (record_id is not null and recorded_at is not null))
);
