package org.waypoint.web.support;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.waypoint.kernel.PlainText;

/**
 * Checks every text typed into any field (a default validator, faces-config): the field's limit,
 * given as {@code pt:data-limit="500"} (the same attribute drives the live count beside the field),
 * and invisible control characters other than tab and line breaks. Nothing is trimmed or dropped: a
 * refusal keeps the text on screen with a message next to the field, so the user decides what to
 * cut. A browser that ignores the count (or a request with the limit removed) meets the same check.
 */
@FacesValidator(value = TextInput.ID, managed = false)
public class TextInput implements Validator<Object> {

  /** The validator id, as faces-config lists it among the default validators. */
  public static final String ID = "waypoint.TextInput";

  /** The attribute that carries a field's limit. */
  public static final String LIMIT = "data-limit";

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (!(value instanceof String text)) {
      return;
    }
    Integer limit = limit(faces, component);
    if (limit != null && text.length() > limit) {
      throw refused(Text.of("text.tooLong", limit, text.length()));
    }
    if (hasControlCharacter(text)) {
      throw refused(Text.of("text.control"));
    }
  }

  /**
   * @param text some text
   * @return whether it holds a control character other than tab, line feed and carriage return
   */
  public static boolean hasControlCharacter(String text) {
    return PlainText.Validator.hasControlCharacter(text); // the services' rule, in one place
  }

  private static Integer limit(FacesContext faces, UIComponent component) {
    Object limit =
        component.getPassThroughAttributes(false) == null
            ? null
            : component.getPassThroughAttributes(false).get(LIMIT);
    if (limit == null) {
      limit = component.getAttributes().get("limit");
    }
    if (limit instanceof ValueExpression expression) {
      limit = expression.getValue(faces.getELContext()); // pt:data-limit="#{limits.entry}"
    }
    if (limit == null) {
      return null;
    }
    return limit instanceof Number n ? n.intValue() : Integer.valueOf(limit.toString().trim());
  }

  private static ValidatorException refused(String message) {
    return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }
}
