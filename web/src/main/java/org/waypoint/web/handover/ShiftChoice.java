package org.waypoint.web.handover;

import java.io.Serializable;

/**
 * A shift the handover screen offers.
 *
 * @param key the shift's key, e.g. {@code 2026-11-30T15:00}
 * @param label how the list names it, e.g. "Current shift: 11/30/2026, 3:00 PM to 11:00 PM"
 */
public record ShiftChoice(String key, String label) implements Serializable {}
