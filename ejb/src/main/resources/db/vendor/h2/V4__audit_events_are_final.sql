-- H2: audit rows are final. The trigger class is Waypoint's own (org.waypoint.audit.AuditEventsAreFinal);
-- H2 loads it through the deployment's class loader.
create trigger audit_event_final before update, delete on audit_event
    for each row call 'org.waypoint.audit.AuditEventsAreFinal';
