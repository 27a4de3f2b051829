package org.waypoint.note;

import java.io.Serializable;
import java.time.Instant;

/**
 * A group session's draft, kept.
 *
 * @param version the group's version now, to save against next
 * @param savedAt when
 */
public record GroupSaved(long version, Instant savedAt) implements Serializable {}
