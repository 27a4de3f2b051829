/**
 * The scale data generator: a deterministic, seeded network of centers (programs, staff, clients
 * and their whole history) bulk-loaded into an empty PostgreSQL database through the schema's own
 * tables with {@code COPY}. The schema comes from the application's own Flyway migrations; risk
 * levels from its {@code RiskRules}; audit hashes from its {@code AuditHash}. Run {@link
 * org.waypoint.perf.data.Generator} (see {@code scripts/generate-scale-data.sh}).
 */
package org.waypoint.perf.data;
