package org.waypoint.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.waypoint.client.ClientRegistration;
import org.waypoint.kernel.PlainText;

/** Someone to call in an emergency, and whether the client consented to their being called. */
@Embeddable
public class EmergencyContact implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{intake.name.required}")
  @Size(max = 120, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  @Column(nullable = false, length = 120)
  private String name;

  @NotBlank(message = "{intake.relationship.required}")
  @Size(max = 60, message = "{common.size.max}")
  @Column(nullable = false, length = 60)
  @PlainText
  private String relationship;

  @NotBlank(message = "{intake.phone.required}")
  @Size(max = 30, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.PHONE, message = ClientRegistration.PHONE_MESSAGE)
  @Column(nullable = false, length = 30)
  private String phone;

  @Column(name = "consent_to_contact", nullable = false)
  private boolean consentToContact;

  public EmergencyContact() {}

  EmergencyContact(EmergencyContact other) {
    this.name = other.name;
    this.relationship = other.relationship;
    this.phone = other.phone;
    this.consentToContact = other.consentToContact;
  }

  /**
   * @return whether nothing was typed in this row
   */
  boolean isEmpty() {
    return name == null && relationship == null && phone == null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Text.clean(name);
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = Text.clean(relationship);
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = Text.clean(phone);
  }

  public boolean isConsentToContact() {
    return consentToContact;
  }

  public void setConsentToContact(boolean consentToContact) {
    this.consentToContact = consentToContact;
  }
}
