package org.waypoint.precaution;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.waypoint.kernel.FieldViolation;

/**
 * The fields of a {@link PrecautionRequest} agree with each other: an observation has its level and
 * only an observation has one; another precaution is described. Each violation names the field it
 * belongs next to.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentPrecaution.Validator.class)
public @interface ConsistentPrecaution {
  /**
   * @return the fallback message; each violation carries its own
   */
  String message() default "{precaution.request.inconsistent}";

  /**
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentPrecaution}. */
  class Validator implements ConstraintValidator<ConsistentPrecaution, PrecautionRequest> {

    @Override
    public boolean isValid(PrecautionRequest request, ConstraintValidatorContext context) {
      if (request == null || request.getKind() == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (request.getKind() == PrecautionKind.OBSERVATION
          && request.getObservationLevel() == null) {
        valid =
            FieldViolation.add(
                context, "observationLevel", "{precaution.observationLevel.required}");
      }
      if (request.getKind() != PrecautionKind.OBSERVATION
          && request.getObservationLevel() != null) {
        valid =
            FieldViolation.add(
                context, "observationLevel", "{precaution.observationLevel.notThisKind}");
      }
      if (request.getKind() == PrecautionKind.OTHER && request.getDetails() == null) {
        valid = FieldViolation.add(context, "details", "{precaution.details.required}");
      }
      return valid;
    }
  }
}
