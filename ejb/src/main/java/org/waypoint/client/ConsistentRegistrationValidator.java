package org.waypoint.client;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.waypoint.kernel.FieldViolation;

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
      valid = FieldViolation.add(context, "dateOfBirth", "{client.dateOfBirth.tooOld}");
    }
    if (form.getStatus() == ClientStatus.DISCHARGED) {
      valid = FieldViolation.add(context, "status", "{client.status.discharged}");
    }
    if (form.getStatus() == ClientStatus.ACTIVE && admitted == null) {
      valid = FieldViolation.add(context, "admissionDate", "{client.admissionDate.required}");
    }
    if (born != null && admitted != null && admitted.isBefore(born)) {
      valid = FieldViolation.add(context, "admissionDate", "{client.admissionDate.beforeBirth}");
    }
    return valid;
  }
}
