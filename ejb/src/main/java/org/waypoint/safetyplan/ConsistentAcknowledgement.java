package org.waypoint.safetyplan;

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
 * A {@link VersionDetails}' acknowledgement comes with what it needs: a signed plan has the
 * client's signature, a verbal acknowledgement names the staff member it was given to. Each
 * violation names the field it belongs next to.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentAcknowledgement.Validator.class)
public @interface ConsistentAcknowledgement {
  /**
   * @return the fallback message; each violation carries its own
   */
  String message() default "{plan.acknowledgement.inconsistent}";

  /**
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentAcknowledgement}. */
  class Validator implements ConstraintValidator<ConsistentAcknowledgement, VersionDetails> {

    @Override
    public boolean isValid(VersionDetails details, ConstraintValidatorContext context) {
      if (details == null) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      boolean valid = true;
      if (details.getAcknowledgement() == Acknowledgement.SIGNED
          && details.getSignature() == null) {
        valid = FieldViolation.add(context, "signature", "{plan.signature.required}");
      }
      if (details.getAcknowledgement() == Acknowledgement.VERBAL
          && details.getAcknowledgedWith() == null) {
        valid = FieldViolation.add(context, "acknowledgedWith", "{plan.acknowledgedWith.required}");
      }
      return valid;
    }
  }
}
