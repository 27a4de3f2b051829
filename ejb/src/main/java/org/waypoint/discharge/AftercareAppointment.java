package org.waypoint.discharge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.ZoneId;

/** An aftercare appointment of a discharge, as stored (one row of its list, in order). */
@Embeddable
public class AftercareAppointment {

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false, length = AppointmentForm.PROVIDER_LIMIT)
  private String provider;

  @Column(nullable = false)
  private boolean telehealth;

  @Column(length = AppointmentForm.ADDRESS_LIMIT)
  private String address;

  @Column(length = AppointmentForm.PHONE_LIMIT)
  private String phone;

  protected AftercareAppointment() {}

  AftercareAppointment(AppointmentForm form, ZoneId zone) {
    this.startsAt = form.getDate().atTime(form.getTime()).atZone(zone).toInstant();
    this.provider = form.getProvider();
    this.telehealth = form.isTelehealth();
    this.address = form.getAddress();
    this.phone = form.getPhone();
  }

  AppointmentForm toForm(ZoneId zone) {
    var local = startsAt.atZone(zone).toLocalDateTime();
    return new AppointmentForm(
        local.toLocalDate(), local.toLocalTime(), provider, telehealth, address, phone);
  }

  AppointmentItem toItem(ZoneId zone) {
    return new AppointmentItem(
        startsAt.atZone(zone).toLocalDateTime(), provider, telehealth, address, phone);
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public String getProvider() {
    return provider;
  }

  public boolean isTelehealth() {
    return telehealth;
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }
}
