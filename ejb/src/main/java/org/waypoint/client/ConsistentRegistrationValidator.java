package org.waypoint.client;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;

/** Checks {@link ConsistentRegistration}. */
public class ConsistentRegistrationValidator
    implements ConstraintValidator<ConsistentRegistration, ClientRegistration> {

  /** Older than this is taken for a typing error in the year. */
  static final int OLDEST_AGE = 120;

  @Override
  public boolean isValid(ClientRegistration form, ConstraintValidatorContext context) {
    if (form == null) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    boolean valid = true;
    LocalDate born = form.getDateOfBirth();
    LocalDate admitted = form.getAdmissionDate();
    if (born != null && born.isBefore(LocalDate.now().minusYears(OLDEST_AGE))) {
      valid = violation(context, "dateOfBirth", "{client.dateOfBirth.tooOld}");
    }
    if (form.getStatus() == ClientStatus.DISCHARGED) {
      valid = violation(context, "status", "{client.status.discharged}");
    }
    if (form.getStatus() == ClientStatus.ACTIVE && admitted == null) {
      valid = violation(context, "admissionDate", "{client.admissionDate.required}");
    }
    if (born != null && admitted != null && admitted.isBefore(born)) {
      valid = violation(context, "admissionDate", "{client.admissionDate.beforeBirth}");
    }
    return valid;
  }

  private static boolean violation(
      ConstraintValidatorContext context, String field, String message) {
    context
        .buildConstraintViolationWithTemplate(message)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }
}
