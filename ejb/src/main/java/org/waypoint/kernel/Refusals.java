package org.waypoint.kernel;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The one path from validation to an {@link InvalidInputException}: Bean Validation's violations,
 * and a service's own refusals where a rule cannot be a constraint, gathered as one message per
 * field, keyed by the property path the screens use (e.g. {@code contacts[0].phone}). The first
 * message for a field is kept. Nothing is thrown until {@link #throwIfAny()}.
 */
public final class Refusals {

  private final LinkedHashMap<String, String> messages = new LinkedHashMap<>();

  private Refusals() {}

  /**
   * @return no refusal yet
   */
  public static Refusals none() {
    return new Refusals();
  }

  /**
   * @param violations what a validator found
   * @return a message per refused field
   */
  public static Refusals of(Collection<? extends ConstraintViolation<?>> violations) {
    return none().add(violations);
  }

  /**
   * @param violations what a validator found
   * @param field names the form property each violation's path belongs next to
   * @return a message per refused field
   */
  public static Refusals of(
      Collection<? extends ConstraintViolation<?>> violations, UnaryOperator<String> field) {
    return none().add(violations, field);
  }

  /**
   * @param field the form property the message belongs next to
   * @param message the refusal
   * @return the exception that carries it, to throw
   */
  public static InvalidInputException refusal(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  /**
   * @param violations what a validator found
   * @return this
   */
  public Refusals add(Collection<? extends ConstraintViolation<?>> violations) {
    return add(violations, UnaryOperator.identity());
  }

  /**
   * @param violations what a validator found
   * @param field names the form property each violation's path belongs next to
   * @return this
   */
  public Refusals add(
      Collection<? extends ConstraintViolation<?>> violations, UnaryOperator<String> field) {
    for (ConstraintViolation<?> v : violations) {
      add(field.apply(v.getPropertyPath().toString()), v.getMessage());
    }
    return this;
  }

  /**
   * @param field a form property
   * @param message its refusal, kept unless the field is refused already
   * @return this
   */
  public Refusals add(String field, String message) {
    messages.putIfAbsent(field, message);
    return this;
  }

  /**
   * @param refused a message per form property
   * @return this
   */
  public Refusals addAll(Map<String, String> refused) {
    refused.forEach(this::add);
    return this;
  }

  /**
   * @return whether nothing is refused
   */
  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /**
   * @param fields the form's properties in the order it shows them; others follow them
   * @return this, its messages in that order
   */
  public Refusals inOrder(List<String> fields) {
    List<Map.Entry<String, String>> all = List.copyOf(messages.entrySet());
    messages.clear();
    for (String field : fields) {
      all.stream().filter(e -> e.getKey().equals(field)).forEach(e -> add(field, e.getValue()));
    }
    all.forEach(e -> add(e.getKey(), e.getValue()));
    return this;
  }

  /**
   * @return the messages, one per refused field
   */
  public Map<String, String> messages() {
    return java.util.Collections.unmodifiableMap(messages);
  }

  /**
   * @throws InvalidInputException with every message, when anything is refused
   */
  public void throwIfAny() {
    if (!messages.isEmpty()) {
      throw new InvalidInputException(messages);
    }
  }
}
