package org.waypoint.kernel;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks the parameter that holds the client's id, for the access check of a {@link ClientRecord}
 * method and the client column of the audit trail. Exactly one {@code long} or {@code Long}
 * parameter of such a method carries it; nothing guesses by position.
 */
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface ClientId {}
