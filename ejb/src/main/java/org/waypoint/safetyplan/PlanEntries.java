package org.waypoint.safetyplan;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;

/** The rules every entry of a plan keeps, checked before a version or a draft is saved. */
public final class PlanEntries {

  /** A phone number as people write it, short crisis numbers such as 988 included. */
  static final String PHONE = "^\\+?[0-9(][0-9 ().\\-]{1,28}[0-9]$";

  /** The most entries one part may hold. */
  public static final int MAX_PER_PART = 20;

  private PlanEntries() {}

  /**
   * @param entries the entries, in order
   * @param complete whether this is a version to save (every entry needs its words and a contact a
   *     phone number that can be dialled) or a draft (anything typed so far is kept, even a number
   *     half typed; only lengths are checked)
   * @return a message per refused field, keyed like {@code entries[3].phone}
   */
  public static Map<String, String> refusals(List<PlanEntry> entries, boolean complete) {
    Map<String, String> errors = new LinkedHashMap<>();
    Map<PlanPart, Integer> perPart = new EnumMap<>(PlanPart.class);
    for (int i = 0; i < entries.size(); i++) {
      PlanEntry e = entries.get(i);
      String at = "entries[" + i + "].";
      perPart.merge(e.part(), 1, Integer::sum);
      if (e.key() == null || e.key().length() > 36) {
        errors.put(at + "key", Wording.text("plan.entry.key.invalid"));
      }
      length(errors, at + "text", e.text(), 500);
      length(errors, at + "relationship", e.relationship(), 60);
      length(errors, at + "phone", e.phone(), 30);
      length(errors, at + "heldBy", e.heldBy(), 120);
      // a draft keeps a number half typed; a version needs one that can be dialled
      if (complete && e.phone() != null && !e.phone().matches(PHONE)) {
        errors.putIfAbsent(at + "phone", Wording.text("plan.entry.phone.pattern"));
      }
      if (complete && (e.text() == null || e.text().isBlank())) {
        errors.putIfAbsent(at + "text", Wording.text("plan.entry.text.required"));
      }
      if (complete
          && e.part().shape() == PlanPart.EntryShape.CONTACT
          && (e.phone() == null || e.phone().isBlank())) {
        errors.putIfAbsent(at + "phone", Wording.text("plan.entry.phone.required"));
      }
    }
    perPart.forEach(
        (part, count) -> {
          if (count > MAX_PER_PART) {
            errors.put(
                "part." + part.name(),
                Wording.text("plan.part.tooMany", part.label(), count, MAX_PER_PART));
          }
        });
    return errors;
  }

  private static void length(Map<String, String> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.putIfAbsent(field, Wording.text("plan.entry.size", max));
    }
    if (value != null && PlainText.Validator.hasControlCharacter(value)) {
      errors.putIfAbsent(field, Wording.text("kernel.text.control"));
    }
  }
}
