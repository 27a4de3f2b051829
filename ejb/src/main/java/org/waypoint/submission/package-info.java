/**
 * Submissions that take effect once. A form that records something final (a check-in, a note's
 * signature, an acknowledgement) carries a random token from the moment it is shown; {@link
 * org.waypoint.submission.Submissions} keeps each token with the record it made, so that a replay
 * of the same submission (a double click, the browser resending the form, a network retry) gets the
 * first one's record instead of making a second. Depends only on the kernel and the center's
 * wording.
 */
package org.waypoint.submission;
