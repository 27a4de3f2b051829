package org.waypoint.discharge;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * An aftercare appointment as the chart shows it.
 *
 * @param at when, in the center's time zone
 * @param provider who the client sees
 * @param telehealth whether it is a video or phone visit
 * @param address where, or how to join; {@code null} when not given
 * @param phone the provider's phone, or {@code null}
 */
public record AppointmentItem(
    LocalDateTime at, String provider, boolean telehealth, String address, String phone)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
