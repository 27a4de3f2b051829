-- H2: a signed session note and a signed group session are final
-- (org.waypoint.persistence.SignedRowsAreFinal); addenda and co-signature reviews are final
-- (org.waypoint.persistence.RowsAreFinal). Drafts stay changeable.
create trigger session_note_final before update, delete on session_note
    for each row call 'org.waypoint.persistence.SignedRowsAreFinal';
create trigger group_session_final before update, delete on group_session
    for each row call 'org.waypoint.persistence.SignedRowsAreFinal';
create trigger note_addendum_final before update, delete on note_addendum
    for each row call 'org.waypoint.persistence.RowsAreFinal';
create trigger note_review_final before update, delete on note_review
    for each row call 'org.waypoint.persistence.RowsAreFinal';
