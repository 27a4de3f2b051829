package org.waypoint.discharge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import org.waypoint.kernel.PlainText;

/**
 * One aftercare appointment as typed on the discharge editor, exactly as typed (nothing trimmed).
 * Refusals name the fields {@code appointments[i].date}, {@code .time}, {@code .provider}, {@code
 * .address}, {@code .phone}.
 */
public class AppointmentForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most characters of the provider. */
  public static final int PROVIDER_LIMIT = 200;

  /** The most characters of the address or, for telehealth, how to join. */
  public static final int ADDRESS_LIMIT = 500;

  /** The most characters of the phone. */
  public static final int PHONE_LIMIT = 40;

  @NotNull(message = "{discharge.appointment.date.required}")
  private LocalDate date;

  @NotNull(message = "{discharge.appointment.time.required}")
  private LocalTime time;

  @NotBlank(message = "{discharge.appointment.provider.required}")
  @Size(max = PROVIDER_LIMIT, message = "{common.size.max}")
  @PlainText
  private String provider;

  private boolean telehealth;

  @Size(max = ADDRESS_LIMIT, message = "{common.size.max}")
  @PlainText
  private String address;

  @Size(max = PHONE_LIMIT, message = "{common.size.max}")
  @PlainText
  private String phone;

  /** An empty appointment, to fill in. */
  public AppointmentForm() {}

  /**
   * @param date the day
   * @param time the time, in the center's time zone
   * @param provider who the client sees
   * @param telehealth whether it is a video or phone visit
   * @param address where, or how to join; {@code null} when not given
   * @param phone the provider's phone, or {@code null}
   */
  public AppointmentForm(
      LocalDate date,
      LocalTime time,
      String provider,
      boolean telehealth,
      String address,
      String phone) {
    this.date = date;
    this.time = time;
    this.provider = provider;
    this.telehealth = telehealth;
    setAddress(address);
    setPhone(phone);
  }

  /**
   * @return a copy of every value
   */
  public AppointmentForm copy() {
    return new AppointmentForm(date, time, provider, telehealth, address, phone);
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public boolean isTelehealth() {
    return telehealth;
  }

  public void setTelehealth(boolean telehealth) {
    this.telehealth = telehealth;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = DischargeForm.blankToNull(address);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = DischargeForm.blankToNull(phone);
  }
}
