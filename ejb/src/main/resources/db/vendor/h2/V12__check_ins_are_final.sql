-- H2: recorded check-ins are final (org.waypoint.persistence.RowsAreFinal).
create trigger check_in_final before update, delete on check_in
    for each row call 'org.waypoint.persistence.RowsAreFinal';
