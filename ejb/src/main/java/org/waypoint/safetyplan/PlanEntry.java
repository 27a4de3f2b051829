package org.waypoint.safetyplan;

import java.io.Serializable;
import java.util.Objects;
import org.waypoint.center.Wording;

/**
 * One entry of a safety plan as saved in a version. The key stays the same when an entry is revised
 * in a later version, so versions can be compared entry by entry.
 *
 * @param key the entry's lasting identity (a UUID string)
 * @param part the part it belongs to
 * @param text the entry in the client's words (for a contact, who it is; for surroundings, what was
 *     removed or secured)
 * @param relationship for a contact, the relationship or role; else {@code null}
 * @param phone for a contact, the phone number; else {@code null}
 * @param heldBy for surroundings, who holds what was removed; else {@code null}
 */
public record PlanEntry(
    String key, PlanPart part, String text, String relationship, String phone, String heldBy)
    implements Serializable {

  public PlanEntry {
    Objects.requireNonNull(key);
    Objects.requireNonNull(part);
  }

  /**
   * @param other another entry
   * @return whether the two say the same thing (their keys aside)
   */
  public boolean sameContent(PlanEntry other) {
    return part == other.part
        && Objects.equals(text, other.text)
        && Objects.equals(relationship, other.relationship)
        && Objects.equals(phone, other.phone)
        && Objects.equals(heldBy, other.heldBy);
  }

  /**
   * @return the phone number as a tap-to-call link ({@code tel:} with digits only), or {@code null}
   *     when there is no number that can be dialled
   */
  public String telUri() {
    if (phone == null || !phone.matches(PlanEntries.PHONE)) {
      return null;
    }
    return "tel:" + (phone.startsWith("+") ? "+" : "") + phone.replaceAll("[^0-9]", "");
  }

  /**
   * @return the entry in one line, e.g. "Aunt Rosa (aunt), (312) 555-0142"
   */
  public String summary() {
    StringBuilder s = new StringBuilder(text == null ? "" : text);
    if (relationship != null) {
      s.append(" (").append(relationship).append(')');
    }
    if (phone != null) {
      s.append(", ").append(phone);
    }
    if (heldBy != null) {
      s.append(Wording.text("plan.entry.heldBy", heldBy));
    }
    return s.toString();
  }
}
