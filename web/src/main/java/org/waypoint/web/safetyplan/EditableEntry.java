package org.waypoint.web.safetyplan;

import java.io.Serializable;
import org.waypoint.kernel.PlainText;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;

/** One entry of the plan as the editor holds it while the user types. */
public class EditableEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  /*
   * The most characters each box may hold: the service's rule for every entry (PlanEntries, and
   * the columns of StoredEntry). The editor shows them as each box's limit and count and refuses
   * more with a message next to the box; nothing is ever cut. EditableEntryTest holds them to the
   * service's rule.
   */

  /** The entry's words (a contact's name, what was secured). */
  public static final int TEXT_LIMIT = 500;

  /** A contact's relationship or role. */
  public static final int RELATIONSHIP_LIMIT = 60;

  /** A contact's phone number. */
  public static final int PHONE_LIMIT = 30;

  /** Who holds what was removed or secured. */
  public static final int HELD_BY_LIMIT = 120;

  private final String key;
  private final PlanPart part;
  private String text;
  private String relationship;
  private String phone;
  private String heldBy;
  private boolean conflict;

  EditableEntry(String key, PlanPart part) {
    this.key = key;
    this.part = part;
  }

  static EditableEntry of(PlanEntry entry) {
    EditableEntry e = new EditableEntry(entry.key(), entry.part());
    e.text = entry.text();
    e.relationship = entry.relationship();
    e.phone = entry.phone();
    e.heldBy = entry.heldBy();
    return e;
  }

  /**
   * @return the entry as the service takes it: blanks as {@code null}, other text exactly as typed
   */
  PlanEntry toEntry() {
    return new PlanEntry(key, part, clean(text), clean(relationship), clean(phone), clean(heldBy));
  }

  /**
   * @return whether nothing has been typed into the entry
   */
  boolean isEmpty() {
    return clean(text) == null
        && clean(relationship) == null
        && clean(phone) == null
        && clean(heldBy) == null;
  }

  private static String clean(String value) {
    return PlainText.Validator.asTyped(value);
  }

  public String getKey() {
    return key;
  }

  public PlanPart getPart() {
    return part;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getHeldBy() {
    return heldBy;
  }

  public void setHeldBy(String heldBy) {
    this.heldBy = heldBy;
  }

  /**
   * @return whether this entry is one wording of an entry two staff changed at once
   */
  public boolean isConflict() {
    return conflict;
  }

  void setConflict(boolean conflict) {
    this.conflict = conflict;
  }

  /**
   * @return the phone number as a tap-to-call link, or {@code null} when it is not a number yet
   */
  public String getTelUri() {
    return toEntry().telUri();
  }
}
