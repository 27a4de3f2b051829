package org.waypoint.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.kernel.PlainText;

/**
 * What intake staff type to register a client. Text is trimmed and blank means "not given". The
 * property rules below are checked as the user types; {@link ConsistentRegistration} checks the
 * fields against each other, and the service checks all of them again before anything is saved.
 */
@ConsistentRegistration
public class ClientRegistration implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Letters (any script), combining marks, spaces, apostrophes, hyphens and periods. */
  public static final String NAME = "^[\\p{L}\\p{M}][\\p{L}\\p{M} '’.\\-]*$";

  /** The message of a refused name, as a key of {@code ValidationMessages}. */
  public static final String NAME_MESSAGE = "{client.name.pattern}";

  /** A phone number as people write it: digits, spaces, dashes, dots, parentheses, a leading +. */
  public static final String PHONE = "^\\+?[0-9(][0-9 ().\\-]{5,28}[0-9]$";

  /** The message of a refused phone number, as a key of {@code ValidationMessages}. */
  public static final String PHONE_MESSAGE = "{client.phone.pattern}";

  @NotBlank(message = "{client.legalFirstName.required}")
  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  private String legalFirstName;

  @NotBlank(message = "{client.legalLastName.required}")
  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  private String legalLastName;

  @Size(max = 100, message = "{common.size.max}")
  @Pattern(regexp = NAME, message = NAME_MESSAGE)
  private String preferredName;

  @Size(max = 40, message = "{common.size.max}")
  @Pattern(regexp = "^[\\p{L}\\p{M} /\\-]+$", message = "{client.pronouns.pattern}")
  private String pronouns;

  @NotNull(message = "{client.dateOfBirth.required}")
  @PastOrPresent(message = "{client.dateOfBirth.notFuture}")
  private LocalDate dateOfBirth;

  @Size(max = 30, message = "{common.size.max}")
  @Pattern(regexp = PHONE, message = PHONE_MESSAGE)
  private String phone;

  private Language language = Language.EN;

  @NotNull(message = "{client.programId.required}")
  private Long programId;

  private Long primaryClinicianId;

  @NotNull(message = "{client.status.required}")
  private ClientStatus status = ClientStatus.ACTIVE;

  @PastOrPresent(message = "{client.admissionDate.notFuture}")
  private LocalDate admissionDate;

  private static String clean(String text) {
    return PlainText.Validator.asTyped(text);
  }

  public String getLegalFirstName() {
    return legalFirstName;
  }

  public void setLegalFirstName(String legalFirstName) {
    this.legalFirstName = clean(legalFirstName);
  }

  public String getLegalLastName() {
    return legalLastName;
  }

  public void setLegalLastName(String legalLastName) {
    this.legalLastName = clean(legalLastName);
  }

  public String getPreferredName() {
    return preferredName;
  }

  public void setPreferredName(String preferredName) {
    this.preferredName = clean(preferredName);
  }

  public String getPronouns() {
    return pronouns;
  }

  public void setPronouns(String pronouns) {
    this.pronouns = clean(pronouns);
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = clean(phone);
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public Long getPrimaryClinicianId() {
    return primaryClinicianId;
  }

  public void setPrimaryClinicianId(Long primaryClinicianId) {
    this.primaryClinicianId = primaryClinicianId;
  }

  public ClientStatus getStatus() {
    return status;
  }

  public void setStatus(ClientStatus status) {
    this.status = status;
  }

  public LocalDate getAdmissionDate() {
    return admissionDate;
  }

  public void setAdmissionDate(LocalDate admissionDate) {
    this.admissionDate = admissionDate;
  }
}
