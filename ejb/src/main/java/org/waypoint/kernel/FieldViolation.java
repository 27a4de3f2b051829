package org.waypoint.kernel;

import jakarta.validation.ConstraintValidatorContext;

/**
 * For class-level constraints that check rules between fields: each refusal is a violation on the
 * field it belongs next to, so {@link Refusals} puts its message beside that field.
 */
public final class FieldViolation {

  private FieldViolation() {}

  /**
   * Adds a violation on one field (call {@code context.disableDefaultConstraintViolation()} first).
   *
   * @param context the validator's context
   * @param field the property the message belongs next to, e.g. {@code admissionDate}
   * @param template the message, usually a bundle key such as {@code {client.status.discharged}}
   * @return {@code false}, for {@code valid = FieldViolation.add(...)}
   */
  public static boolean add(ConstraintValidatorContext context, String field, String template) {
    context
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode(field)
        .addConstraintViolation();
    return false;
  }
}
