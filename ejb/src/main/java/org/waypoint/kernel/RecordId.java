package org.waypoint.kernel;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the parameter that holds the id of the record an audited call concerns when that record is
 * not a client (a staff account, an intake): the audit trail's record column.
 */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface RecordId {}
