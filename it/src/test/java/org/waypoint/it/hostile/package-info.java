/**
 * Hostile input on every form and field: a table of input classes ({@link
 * org.waypoint.it.hostile.HostileInput}) tried on each field of each form over plain HTTP, with the
 * database compared before and after each refused try.
 */
package org.waypoint.it.hostile;
