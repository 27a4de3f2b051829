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
     * Trims white space at both ends, as a form keeps a value, but never a character this rule
     * refuses: that stays, to be refused with a message.
     *
     * @param text some text, or {@code null}
     * @return the text without white space at its ends
     */
    public static String trim(String text) {
      if (text == null) {
        return null;
      }
      int start = 0;
      int end = text.length();
      while (start < end && trimmed(text.charAt(start))) {
        start++;
      }
      while (end > start && trimmed(text.charAt(end - 1))) {
        end--;
      }
      return text.substring(start, end);
    }

    private static boolean trimmed(char c) {
      return Character.isWhitespace(c) && !refused(c);
    }

    private static boolean refused(int c) {
      return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c < 0xa0);
    }
  }
}
