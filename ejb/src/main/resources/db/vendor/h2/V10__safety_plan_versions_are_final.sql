-- H2: saved safety-plan versions and their entries are final (org.waypoint.persistence.RowsAreFinal,
-- loaded through the deployment's class loader).
create trigger safety_plan_version_final before update, delete on safety_plan_version
    for each row call 'org.waypoint.persistence.RowsAreFinal';
create trigger safety_plan_entry_final before update, delete on safety_plan_entry
    for each row call 'org.waypoint.persistence.RowsAreFinal';
