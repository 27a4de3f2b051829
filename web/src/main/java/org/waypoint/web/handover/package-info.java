/**
 * The shift handover screen at {@code /handover?program=..&shift=..}: the program's handover for a
 * shift in I-PASS blocks (live until given), giving it, acknowledging it, and the program's past
 * handovers; and its PDF at {@code /reports/handover/{programId}?shift=..}.
 */
package org.waypoint.web.handover;
