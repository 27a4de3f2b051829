package org.waypoint.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.kernel.PlainText;

/**
 * A consent under 42 CFR Part 2 to disclose substance-use treatment information: to whom, for what,
 * from and until when, and its revocation.
 */
@Embeddable
public class DisclosureConsent implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{intake.recipient.required}")
  @Size(max = 200, message = "{common.size.max}")
  @Column(nullable = false, length = 200)
  @PlainText
  private String recipient;

  @NotBlank(message = "{intake.purpose.required}")
  @Size(max = 500, message = "{common.size.max}")
  @Column(nullable = false, length = 500)
  @PlainText
  private String purpose;

  @NotNull(message = "{intake.signedOn.required}")
  @PastOrPresent(message = "{intake.signedOn.notFuture}")
  @Column(name = "signed_on", nullable = false)
  private LocalDate signedOn;

  @NotNull(message = "{intake.expiresOn.required}")
  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @PastOrPresent(message = "{intake.revokedOn.notFuture}")
  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  public DisclosureConsent() {}

  DisclosureConsent(DisclosureConsent other) {
    this.recipient = other.recipient;
    this.purpose = other.purpose;
    this.signedOn = other.signedOn;
    this.expiresOn = other.expiresOn;
    this.revokedOn = other.revokedOn;
  }

  boolean isEmpty() {
    return recipient == null
        && purpose == null
        && signedOn == null
        && expiresOn == null
        && revokedOn == null;
  }

  /**
   * @param today the date to judge by
   * @return whether information may be disclosed under this consent on that day
   */
  public boolean inForce(LocalDate today) {
    return revokedOn == null && expiresOn != null && !today.isAfter(expiresOn);
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = Text.clean(recipient);
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = Text.clean(purpose);
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public void setRevokedOn(LocalDate revokedOn) {
    this.revokedOn = revokedOn;
  }
}
