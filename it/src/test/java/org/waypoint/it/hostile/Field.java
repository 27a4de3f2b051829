package org.waypoint.it.hostile;

import java.util.List;
import org.waypoint.it.hostile.HostileInput.FieldKind;

/**
 * One field of a page's form, as the page itself describes it.
 *
 * @param name the request parameter it sends
 * @param componentId the Faces component it belongs to (the one its message is for)
 * @param kind what kind of field it is
 * @param limit its text limit ({@code data-limit}), or 0 when it states none
 * @param options the values a choice offers (empty for other kinds)
 */
record Field(String name, String componentId, FieldKind kind, int limit, List<String> options) {}
