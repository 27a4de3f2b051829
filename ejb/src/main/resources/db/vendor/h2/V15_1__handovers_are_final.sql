-- H2: a given handover (its snapshot) and its acknowledgement are final
-- (org.waypoint.persistence.RowsAreFinal).
create trigger handover_final before update, delete on handover
    for each row call 'org.waypoint.persistence.RowsAreFinal';
create trigger handover_acknowledgement_final before update, delete on handover_acknowledgement
    for each row call 'org.waypoint.persistence.RowsAreFinal';
