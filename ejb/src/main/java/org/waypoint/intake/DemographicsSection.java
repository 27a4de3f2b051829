package org.waypoint.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.waypoint.center.Wording;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.Language;
import org.waypoint.kernel.PlainText;

/** Step 2: who the client is and how to reach them. */
public class DemographicsSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  /** The oldest plausible age; an older date of birth is a typing slip. */
  private static final int OLDEST_AGE = 120;

  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String legalFirstName;

  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String legalLastName;

  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String preferredName;

  @Size(max = 40, message = "{common.size.max}")
  @Pattern(regexp = "^[\\p{L}\\p{M} /\\-]+$", message = "{intake.pronouns.pattern}")
  private String pronouns;

  @PastOrPresent(message = "{intake.dateOfBirth.notFuture}")
  private LocalDate dateOfBirth;

  private Language language;

  @Size(max = 30, message = "{common.size.max}")
  @Pattern(regexp = ClientRegistration.PHONE, message = ClientRegistration.PHONE_MESSAGE)
  private String phone;

  @Size(max = 120, message = "{common.size.max}")
  @Email(message = "{intake.email.email}")
  private String email;

  @Size(max = 200, message = "{common.size.max}")
  @PlainText
  private String street;

  @Size(max = 80, message = "{common.size.max}")
  @PlainText
  private String city;

  @Pattern(regexp = "^[A-Za-z]{2}$", message = "{intake.state.pattern}")
  private String state;

  @Pattern(regexp = "^[0-9]{5}(-[0-9]{4})?$", message = "{intake.postalCode.pattern}")
  private String postalCode;

  @Override
  public IntakeStep step() {
    return IntakeStep.DEMOGRAPHICS;
  }

  @Override
  void readFrom(Intake intake) {
    legalFirstName = intake.legalFirstName;
    legalLastName = intake.legalLastName;
    preferredName = intake.preferredName;
    pronouns = intake.pronouns;
    dateOfBirth = intake.dateOfBirth;
    language = intake.language;
    phone = intake.phone;
    email = intake.email;
    street = intake.street;
    city = intake.city;
    state = intake.state;
    postalCode = intake.postalCode;
  }

  @Override
  void applyTo(Intake intake) {
    intake.legalFirstName = legalFirstName;
    intake.legalLastName = legalLastName;
    intake.preferredName = preferredName;
    intake.pronouns = pronouns;
    intake.dateOfBirth = dateOfBirth;
    intake.language = language;
    intake.phone = phone;
    intake.email = email;
    intake.street = street;
    intake.city = city;
    intake.state = state;
    intake.postalCode = postalCode;
  }

  @Override
  void refusals(Map<String, String> errors) {
    if (dateOfBirth != null && dateOfBirth.isBefore(LocalDate.now().minusYears(OLDEST_AGE))) {
      errors.putIfAbsent("dateOfBirth", Wording.text("client.dateOfBirth.tooOld"));
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (legalFirstName == null) {
      missing.put("legalFirstName", Wording.text("client.legalFirstName.required"));
    }
    if (legalLastName == null) {
      missing.put("legalLastName", Wording.text("client.legalLastName.required"));
    }
    if (dateOfBirth == null) {
      missing.put("dateOfBirth", Wording.text("client.dateOfBirth.required"));
    }
    if (language == null) {
      missing.put("language", Wording.text("intake.language.missing"));
    }
  }

  public String getLegalFirstName() {
    return legalFirstName;
  }

  public void setLegalFirstName(String legalFirstName) {
    this.legalFirstName = Text.clean(legalFirstName);
  }

  public String getLegalLastName() {
    return legalLastName;
  }

  public void setLegalLastName(String legalLastName) {
    this.legalLastName = Text.clean(legalLastName);
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = Text.clean(preferredName);
  }

  public String getPronouns() {
    return pronouns;
  }

  public void setPronouns(String pronouns) {
    this.pronouns = Text.clean(pronouns);
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = Text.clean(phone);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = Text.clean(email);
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = Text.clean(street);
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = Text.clean(city);
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    String clean = Text.clean(state);
    this.state = clean == null ? null : clean.toUpperCase(Locale.ROOT);
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = Text.clean(postalCode);
  }
}
