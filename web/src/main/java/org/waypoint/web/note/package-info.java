/**
 * The session-note editor at {@code /note/{id}}: the draft as it is written (saved as it is typed,
 * on leaving the page by a beacon, and after a lost connection comes back), the signature with the
 * password, and the signed note with its addenda.
 */
package org.waypoint.web.note;
