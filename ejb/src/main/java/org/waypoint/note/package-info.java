/**
 * Session notes: the record of every contact with a client, written as a draft that saves itself,
 * signed with the author's password and then final; addenda, co-signature and group sessions.
 */
package org.waypoint.note;
