package org.waypoint.intake;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of an {@link IntakeSection} agree with each other, by the section's own rules ({@link
 * IntakeSection#refusals}): each refusal becomes a violation on the field it belongs next to, e.g.
 * {@code disclosures[0].expiresOn}, so Bean Validation reports them with the property rules.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ConsistentSection.Validator.class)
public @interface ConsistentSection {
  /**
   * @return the fallback message; each violation carries its own
   */
  String message() default "{intake.section.inconsistent}";

  /**
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link ConsistentSection}. */
  class Validator implements ConstraintValidator<ConsistentSection, IntakeSection> {

    /** A field of a row of a list: {@code disclosures[0].expiresOn}. */
    private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");

    @Override
    public boolean isValid(IntakeSection section, ConstraintValidatorContext context) {
      if (section == null) {
        return true;
      }
      Map<String, String> refused = new LinkedHashMap<>();
      section.refusals(refused);
      if (refused.isEmpty()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      refused.forEach(
          (field, message) -> {
            ConstraintValidatorContext.ConstraintViolationBuilder violation =
                context.buildConstraintViolationWithTemplate(literal(message));
            Matcher row = ROW.matcher(field);
            if (row.matches()) {
              violation
                  .addPropertyNode(row.group(1))
                  .addPropertyNode(row.group(3))
                  .inIterable()
                  .atIndex(Integer.parseInt(row.group(2)))
                  .addConstraintViolation();
            } else {
              violation.addPropertyNode(field).addConstraintViolation();
            }
          });
      return false;
    }

    /** A message already worded, kept as it is by the message interpolation. */
    private static String literal(String message) {
      return message.replaceAll("([\\\\{}$])", "\\\\$1");
    }
  }
}
