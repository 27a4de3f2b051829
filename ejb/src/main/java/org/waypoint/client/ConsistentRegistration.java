package org.waypoint.client;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The fields of a {@link ClientRegistration} agree with each other: a plausible date of birth, an
 * admission date for an admitted client and not before birth, no registering straight to
 * discharged. Each violation names the field it belongs next to.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentRegistrationValidator.class)
public @interface ConsistentRegistration {
  /**
   * @return the fallback message; each violation carries its own
   */
  String message() default "{client.registration.inconsistent}";

  /**
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};
}
