package org.waypoint.kernel;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text as people type it: no invisible control character other than tab and line breaks. Such a
 * character is refused with a message, never dropped without a word (the screens' {@code TextInput}
 * applies the same rule as the user types).
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

  /** The refusal's key in {@code ValidationMessages}. */
  String MESSAGE = "{kernel.text.control}";

  /**
   * @return the message
   */
  String message() default MESSAGE;

  /**
   * @return validation groups
   */
  Class<?>[] groups() default {};

  /**
   * @return payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks {@link PlainText}; also the rule for services that take text as a parameter. */
  class Validator implements ConstraintValidator<PlainText, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
      return text == null || !hasControlCharacter(text);
    }

    /**
     * @param text some text
     * @return whether it holds a control character other than tab, line feed and carriage return
     */
    public static boolean hasControlCharacter(CharSequence text) {
      return text.chars().anyMatch(Validator::refused);
    }

    /**
     * How every form keeps typed text: exactly as typed, never trimmed or collapsed (spaces at the
     * ends, runs of spaces and line breaks stay); only a value of nothing but white space means
     * nothing was typed. A character this rule refuses is kept too, to be refused with a message.
     *
     * @param text some text, or {@code null}
     * @return the text as typed, or {@code null} when it is {@code null} or only white space
     */
    public static String asTyped(String text) {
      return text == null || text.isBlank() ? null : text;
    }

    private static boolean refused(int c) {
      return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
    }
  }
}
