package org.waypoint.web.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.waypoint.note.Intervention;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteFormat;
import org.waypoint.risk.RiskLevel;

/** What the page's script sends becomes the draft it describes, and refusals find their boxes. */
class NoteDraftFieldsTest {

  private final Map<String, String> one = new HashMap<>();
  private final Map<String, String[]> many = new HashMap<>();

  private NoteContent read() {
    return NoteDraftFields.read(one::get, many::get);
  }

  @Test
  void everyFieldTheScriptSendsIsRead() {
    one.put("contactDate", "2026-11-30");
    one.put("startTime", "09:00");
    one.put("endTime", "09:50");
    one.put("modality", "FAMILY");
    one.put("format", "DAP");
    one.put("text.DATA", "Came with her mother.\nQuiet at first.");
    one.put("text.SUBJECTIVE", "kept from SOAP");
    one.put("checkInId", "42");
    one.put("riskLevel", "MODERATE");
    one.put("riskObserved", "No plan, no intent.");
    many.put("interventions", new String[] {"CBT", "OTHER"});
    one.put("otherInterventions", "Grounding");
    one.put("nextAppointmentDate", "2026-12-07");
    one.put("nextAppointmentTime", "14:30");
    one.put("planGateReason", "");

    NoteContent c = read();

    assertEquals(LocalDate.of(2026, 11, 30), c.getContactDate());
    assertEquals(LocalTime.of(9, 0), c.getStartTime());
    assertEquals(50L, c.getMinutes());
    assertEquals(Modality.FAMILY, c.getModality());
    assertEquals(NoteFormat.DAP, c.getFormat());
    assertEquals("Came with her mother.\r\nQuiet at first.", c.text(NoteField.DATA));
    assertEquals("kept from SOAP", c.text(NoteField.SUBJECTIVE));
    assertEquals(42L, c.getCheckInId());
    assertEquals(RiskLevel.MODERATE, c.getRiskLevel());
    assertEquals(EnumSet.of(Intervention.CBT, Intervention.OTHER), c.getInterventions());
    assertEquals("Grounding", c.getOtherInterventions());
    assertEquals(LocalTime.of(14, 30), c.getNextAppointmentTime());
    assertNull(c.getPlanGateReason());
  }

  @Test
  void absentFieldsAreEmptyAndTheFormatDefaultsToSoap() {
    NoteContent c = read();

    assertNull(c.getContactDate());
    assertEquals(NoteFormat.SOAP, c.getFormat());
    assertEquals(EnumSet.noneOf(Intervention.class), c.getInterventions());
  }

  @Test
  void aTamperedValueIsRefusedWhole() {
    one.put("startTime", "nine o'clock");
    assertThrows(IllegalArgumentException.class, this::read);
    one.clear();
    one.put("modality", "TELEPATHY");
    assertThrows(IllegalArgumentException.class, this::read);
  }

  @Test
  void refusalsFindTheirBoxes() {
    Map<String, String> refused = new LinkedHashMap<>();
    refused.put("text.ASSESSMENT", "a");
    refused.put("endTime", "b");
    refused.put("password", "c");
    refused.put("note", "d");
    refused.put("sign", "e");

    Map<String, String> ids = NoteEditorView.fieldIds(refused);

    assertEquals("a", ids.get("parts:" + NoteField.ASSESSMENT.ordinal() + ":text"));
    assertEquals("b", ids.get("endTime"));
    assertEquals("c", ids.get("password"));
    assertEquals("d e", ids.get(NoteEditorView.ON_PAGE));
  }

  @Test
  void aSaveOfTheSamePageKeepsWhatThePageChangedAndTakesTheRest() {
    NoteContent base = new NoteContent();
    base.setText(NoteField.SUBJECTIVE, "S");
    NoteContent beacon = base.copy();
    beacon.setText(NoteField.PLAN, "typed before the page was hidden");
    NoteContent mine = base.copy();
    mine.setText(NoteField.SUBJECTIVE, "S, typed after");
    mine.setModality(Modality.PHONE);

    NoteContent merged = NoteMerge.merge(beacon, base, mine);

    assertEquals("typed before the page was hidden", merged.text(NoteField.PLAN));
    assertEquals("S, typed after", merged.text(NoteField.SUBJECTIVE));
    assertEquals(Modality.PHONE, merged.getModality());
  }
}
