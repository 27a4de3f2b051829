package org.waypoint.web.support;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.omnifaces.util.selectitems.SelectItemsUtils;
import org.waypoint.kernel.PlainText;

/**
 * Checks every text typed into any field (a default validator, faces-config): the field's limit,
 * given as {@code pt:data-limit="500"} (the same attribute drives the live count beside the field),
 * and invisible control characters other than tab and line breaks. Nothing is trimmed or dropped: a
 * refusal keeps the text on screen with a message next to the field, so the user decides what to
 * cut. A browser that ignores the count (or a request with the limit removed) meets the same check.
 *
 * <p>A date typed into a date picker must also be a real date as typed: the picker's converter
 * reads {@code 02/30/2023} as February 28 (or March 2) without a word, so the text is read again
 * strictly against the field's pattern and an impossible date is refused next to the field, with
 * the field's own converter message.
 *
 * <p>A choice (a menu, radio buttons, tick boxes) must be one the page offered: a value the page
 * never showed is refused next to the field, never read as another choice (a yes/no field reads any
 * text but {@code true} as "no") nor dropped without a word.
 */
@FacesValidator(value = TextInput.ID, managed = false)
public class TextInput implements Validator<Object> {

  /** The validator id, as faces-config lists it among the default validators. */
  public static final String ID = "waypoint.TextInput";

  /** The attribute that carries a field's limit. */
  public static final String LIMIT = "data-limit";

  @Override
  public void validate(FacesContext faces, UIComponent component, Object value) {
    if (component instanceof UISelectOne || component instanceof UISelectMany) {
      checkOffered(faces, (UIInput) component);
      return;
    }
    if (value instanceof TemporalAccessor) {
      checkDateAsTyped(faces, component);
      return;
    }
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

  /**
   * Refuses a date whose typed text is not a real date in the field's pattern, read strictly (Faces
   * still holds the text while validators run).
   */
  private static void checkDateAsTyped(FacesContext faces, UIComponent component) {
    Object pattern = component.getAttributes().get("pattern");
    if (!(component instanceof UIInput input)
        || !(input.getSubmittedValue() instanceof String typed)
        || typed.isBlank()
        || pattern == null) {
      return;
    }
    try {
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern(pattern.toString().replace("yyyy", "uuuu").replace("yy", "uu"))
          .toFormatter(faces.getViewRoot().getLocale())
          .withResolverStyle(ResolverStyle.STRICT)
          .parse(typed.strip());
    } catch (DateTimeParseException | IllegalArgumentException e) {
      Object message = component.getAttributes().get("converterMessage");
      throw refused(message != null ? message.toString() : Text.of("text.date"));
    }
  }

  /**
   * Refuses a choice whose sent value is none of the options the page rendered. The sent values are
   * read from the request as sent (a component may already have dropped or converted them), under
   * the field's name or, for a menu, its {@code _input} twin.
   */
  @SuppressWarnings("unchecked")
  private static void checkOffered(FacesContext faces, UIInput component) {
    var sentByName = faces.getExternalContext().getRequestParameterValuesMap();
    String clientId = component.getClientId(faces);
    String[] sent = sentByName.get(clientId + "_input");
    if (sent == null) {
      sent = sentByName.get(clientId);
    }
    if (sent == null) {
      return;
    }
    Converter<Object> converter = (Converter<Object>) component.getConverter();
    Set<String> offered = new HashSet<>();
    offered.add(""); // no choice: whether that is allowed is the field's own rule
    for (Object item : SelectItemsUtils.collectAllValuesFromSelectItems(faces, component)) {
      offered.add(
          item == null
              ? ""
              : converter != null
                  ? converter.getAsString(faces, component, item)
                  : Objects.toString(item));
    }
    for (String one : sent) {
      if (!offered.contains(one)) {
        throw refused(Text.of("choice.notOffered"));
      }
    }
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
