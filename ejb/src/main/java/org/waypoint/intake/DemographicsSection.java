package org.waypoint.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.Language;

/** Step 2: who the client is and how to reach them. */
public class DemographicsSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  /** The oldest plausible age; an older date of birth is a typing slip. */
  private static final int OLDEST_AGE = 120;

  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String legalFirstName;

  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String legalLastName;

  @Size(max = 100, message = "Use at most 100 characters.")
  @Pattern(regexp = ClientRegistration.NAME, message = ClientRegistration.NAME_MESSAGE)
  private String preferredName;

  @Size(max = 40, message = "Use at most 40 characters.")
  @Pattern(
      regexp = "^[\\p{L}\\p{M} /\\-]+$",
      message = "Use letters, spaces, slashes and hyphens, e.g. they/them.")
  private String pronouns;

  @PastOrPresent(message = "The date of birth cannot be in the future.")
  private LocalDate dateOfBirth;

  private Language language;

  @Size(max = 30, message = "Use at most 30 characters.")
  @Pattern(regexp = ClientRegistration.PHONE, message = ClientRegistration.PHONE_MESSAGE)
  private String phone;

  @Size(max = 120, message = "Use at most 120 characters.")
  @Email(message = "Enter an email address like name@example.org.")
  private String email;

  @Size(max = 200, message = "Use at most 200 characters.")
  private String street;

  @Size(max = 80, message = "Use at most 80 characters.")
  private String city;

  @Pattern(regexp = "^[A-Za-z]{2}$", message = "Use the two-letter state code, e.g. IL.")
  private String state;

  @Pattern(regexp = "^[0-9]{5}(-[0-9]{4})?$", message = "Enter a ZIP code like 60614.")
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
      errors.putIfAbsent("dateOfBirth", "Check the year: that is over 120 years ago.");
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (legalFirstName == null) {
      missing.put("legalFirstName", "Enter the client's legal first name.");
    }
    if (legalLastName == null) {
      missing.put("legalLastName", "Enter the client's legal last name.");
    }
    if (dateOfBirth == null) {
      missing.put("dateOfBirth", "Enter the date of birth.");
    }
    if (language == null) {
      missing.put("language", "Choose the client's preferred language.");
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
