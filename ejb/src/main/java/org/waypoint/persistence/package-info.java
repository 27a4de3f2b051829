/**
 * The database schema's lifecycle: Flyway migrations run before Hibernate validates the mapping, so
 * the schema is only ever changed by a versioned migration script.
 */
package org.waypoint.persistence;
