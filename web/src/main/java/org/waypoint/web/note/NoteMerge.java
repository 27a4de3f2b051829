package org.waypoint.web.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteField;

/**
 * Merges a draft field by field, for the one case where two saves come from the same page: its
 * script's save when the page was hidden (every field as it stood then) and its own Ajax save of a
 * field typed meanwhile. A field the page changed since its last save keeps the page's value; every
 * other field takes the script's.
 */
final class NoteMerge {

  /** One field of a note: how to read it and how to write it. */
  private record Field(Function<NoteContent, Object> get, BiConsumer<NoteContent, Object> set) {}

  private static final List<Field> FIELDS = fields();

  private NoteMerge() {}

  /**
   * @param theirs the other save (the page's script's)
   * @param base what the page last saved, or opened
   * @param mine what the page holds now
   * @return theirs, with each field the page changed since {@code base} taken from {@code mine}
   */
  static NoteContent merge(NoteContent theirs, NoteContent base, NoteContent mine) {
    NoteContent merged = theirs.copy();
    for (Field f : FIELDS) {
      Object now = f.get().apply(mine);
      if (!Objects.equals(now, f.get().apply(base))) {
        f.set().accept(merged, now);
      }
    }
    return merged;
  }

  private static List<Field> fields() {
    List<Field> all = new ArrayList<>();
    all.add(field(NoteContent::getContactDate, NoteContent::setContactDate));
    all.add(field(NoteContent::getStartTime, NoteContent::setStartTime));
    all.add(field(NoteContent::getEndTime, NoteContent::setEndTime));
    all.add(field(NoteContent::getModality, NoteContent::setModality));
    all.add(field(NoteContent::getFormat, NoteContent::setFormat));
    for (NoteField part : NoteField.values()) {
      all.add(field(c -> c.text(part), (c, v) -> c.setText(part, v)));
    }
    all.add(field(NoteContent::getCheckInId, NoteContent::setCheckInId));
    all.add(field(NoteContent::getRiskLevel, NoteContent::setRiskLevel));
    all.add(field(NoteContent::getRiskObserved, NoteContent::setRiskObserved));
    all.add(field(c -> java.util.Set.copyOf(c.getInterventions()), NoteContent::setInterventions));
    all.add(field(NoteContent::getOtherInterventions, NoteContent::setOtherInterventions));
    all.add(field(NoteContent::getNextAppointmentDate, NoteContent::setNextAppointmentDate));
    all.add(field(NoteContent::getNextAppointmentTime, NoteContent::setNextAppointmentTime));
    all.add(field(NoteContent::getPlanGateReason, NoteContent::setPlanGateReason));
    return all;
  }

  @SuppressWarnings("unchecked")
  private static <T> Field field(Function<NoteContent, T> get, BiConsumer<NoteContent, T> set) {
    return new Field(get::apply, (c, v) -> set.accept(c, (T) v));
  }
}
