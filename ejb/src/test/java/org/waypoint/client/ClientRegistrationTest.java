package org.waypoint.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.waypoint.center.CenterSettings;

class ClientRegistrationTest {

  /** Today where the center is: Bean Validation judges dates by the center's clock. */
  private static final LocalDate TODAY = LocalDate.now(new CenterSettings().timeZone());

  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void startValidation() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stopValidation() {
    factory.close();
  }

  private static ClientRegistration valid() {
    ClientRegistration form = new ClientRegistration();
    form.setLegalFirstName("Zoë");
    form.setLegalLastName("O'Brien-Núñez");
    form.setDateOfBirth(TODAY.minusYears(19));
    form.setPhone("(312) 555-0142");
    form.setProgramId(1L);
    form.setStatus(ClientStatus.ACTIVE);
    form.setAdmissionDate(TODAY);
    return form;
  }

  /** Message per property, as the service reports them to the screen. */
  private static Map<String, String> errors(ClientRegistration form) {
    Map<String, String> errors = new TreeMap<>();
    for (ConstraintViolation<ClientRegistration> v : validator.validate(form)) {
      errors.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return errors;
  }

  @Test
  void aCompleteRegistrationIsValid() {
    assertEquals(Map.of(), errors(valid()));
  }

  @Test
  void textIsKeptAsTypedAndBlankMeansNotGiven() {
    ClientRegistration form = valid();
    form.setLegalFirstName("  Avery   Jo ");
    form.setPreferredName("   ");

    assertEquals("  Avery   Jo ", form.getLegalFirstName());
    assertNull(form.getPreferredName());
  }

  @Test
  void namesAreRequired() {
    ClientRegistration form = valid();
    form.setLegalFirstName(" ");
    form.setLegalLastName(null);

    assertEquals(
        Map.of(
            "legalFirstName", "Enter the client's legal first name.",
            "legalLastName", "Enter the client's legal last name."),
        errors(form));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>", "Robert'); DROP TABLE client;--", "A1", "-Ann", "J\u0000"})
  void markupAndCodeAreNotNames(String typed) {
    ClientRegistration form = valid();
    form.setLegalLastName(typed);

    assertEquals(
        "Use letters, spaces, hyphens, apostrophes and periods only.",
        errors(form).get("legalLastName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(312) 555-0142", "312-555-0142", "+1 312 555 0142", "312.555.0142"})
  void commonPhoneFormatsAreAccepted(String phone) {
    ClientRegistration form = valid();
    form.setPhone(phone);

    assertEquals(Map.of(), errors(form));
  }

  @ParameterizedTest
  @ValueSource(strings = {"call me", "12", "555-CALL-NOW", "(312) 555-0142 ext"})
  void otherPhoneTextIsRefused(String phone) {
    ClientRegistration form = valid();
    form.setPhone(phone);

    assertTrue(errors(form).containsKey("phone"), phone);
  }

  @Test
  void aBirthDateInTheFutureIsRefused() {
    ClientRegistration form = valid();
    form.setDateOfBirth(TODAY.plusDays(1));
    form.setAdmissionDate(null);
    form.setStatus(ClientStatus.REFERRED);

    assertEquals(Map.of("dateOfBirth", "The date of birth cannot be in the future."), errors(form));
  }

  @Test
  void aBirthYearOver120YearsAgoIsTakenForATypo() {
    ClientRegistration form = valid();
    form.setDateOfBirth(LocalDate.of(1899, 1, 1));

    assertEquals(
        Map.of("dateOfBirth", "Check the year: that is over 120 years ago."), errors(form));
  }

  @Test
  void anActiveClientNeedsAnAdmissionDate() {
    ClientRegistration form = valid();
    form.setAdmissionDate(null);

    assertEquals(
        Map.of("admissionDate", "Enter the admission date of an active client."), errors(form));
  }

  @Test
  void aReferralNeedsNoAdmissionDate() {
    ClientRegistration form = valid();
    form.setStatus(ClientStatus.REFERRED);
    form.setAdmissionDate(null);

    assertEquals(Map.of(), errors(form));
  }

  @Test
  void admissionCannotPrecedeBirth() {
    ClientRegistration form = valid();
    form.setAdmissionDate(form.getDateOfBirth().minusDays(1));

    assertEquals(
        Map.of("admissionDate", "The admission date is before the date of birth."), errors(form));
  }

  @Test
  void nobodyIsRegisteredStraightToDischarged() {
    ClientRegistration form = valid();
    form.setStatus(ClientStatus.DISCHARGED);

    assertEquals(
        Map.of("status", "A new client is registered as referred or active."), errors(form));
  }
}
