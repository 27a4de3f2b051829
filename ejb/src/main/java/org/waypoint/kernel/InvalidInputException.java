package org.waypoint.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input was refused and nothing was saved. Carries one message per field, keyed by the property
 * name of the form, so a screen can show each next to its field.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, String> fieldErrors;

  /**
   * @param fieldErrors message per form property, in the order the form shows them
   */
  public InvalidInputException(Map<String, String> fieldErrors) {
    super("Input refused: " + fieldErrors);
    this.fieldErrors = new LinkedHashMap<>(fieldErrors);
  }

  /**
   * @return message per form property
   */
  public Map<String, String> fieldErrors() {
    return Collections.unmodifiableMap(fieldErrors);
  }
}
