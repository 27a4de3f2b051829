package org.waypoint.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.waypoint.risk.RiskLevel;

/**
 * Every rule of a note's content and its boundaries, for a draft and for signing; the late-entry
 * mark; the safety-plan gate's levels.
 */
class NoteRulesTest {

  /** The center's "now" in every row: 10 March 2026, 15:00. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 15, 0);

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  /**
   * @param date the contact's date, or {@code null}
   * @param start its start, or {@code null}
   * @param end its end, or {@code null}
   * @param modality a {@link Modality}, or {@code null}
   * @param format a {@link NoteFormat}, or {@code null}
   * @param parts the written parts: {@code *} every part of the format, {@code -} none, else names
   *     of {@link NoteField} separated by {@code +}
   * @param interventions {@link Intervention} names separated by {@code +}, or {@code null}
   * @param other the other interventions' words, or {@code null}
   * @param nextDate the next appointment's date, or {@code null}
   * @param nextTime its time, or {@code null}
   */
  private static NoteContent content(
      String date,
      String start,
      String end,
      String modality,
      String format,
      String parts,
      String interventions,
      String other,
      String nextDate,
      String nextTime) {
    NoteContent c = new NoteContent();
    c.setContactDate(date == null ? null : LocalDate.parse(date));
    c.setStartTime(start == null ? null : LocalTime.parse(start));
    c.setEndTime(end == null ? null : LocalTime.parse(end));
    c.setModality(modality == null ? null : Modality.valueOf(modality));
    c.setFormat(format == null ? null : NoteFormat.valueOf(format));
    List<NoteField> written =
        "*".equals(parts)
            ? c.getFormat().fields()
            : "-".equals(parts)
                ? List.of()
                : Arrays.stream(parts.split("\\+")).map(NoteField::valueOf).toList();
    written.forEach(f -> c.setText(f, "Words of " + f.label()));
    Set<Intervention> used = EnumSet.noneOf(Intervention.class);
    if (interventions != null) {
      Arrays.stream(interventions.split("\\+")).map(Intervention::valueOf).forEach(used::add);
    }
    c.setInterventions(used);
    c.setOtherInterventions(other);
    c.setNextAppointmentDate(nextDate == null ? null : LocalDate.parse(nextDate));
    c.setNextAppointmentTime(nextTime == null ? null : LocalTime.parse(nextTime));
    return c;
  }

  private static String keys(java.util.Map<String, String> refused) {
    return refused.isEmpty() ? "-" : String.join(" ", refused.keySet());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // case; date; start; end; modality; format; parts; interventions; other; next date;
        // next time; refused as a draft; refused when signing
        "complete SOAP;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;;;-;-",
        "an empty draft;;;;;SOAP;-;;;;;-;contactDate startTime endTime modality text.SUBJECTIVE"
            + " text.OBJECTIVE text.ASSESSMENT text.PLAN",
        "no format;2026-03-10;13:00;13:50;INDIVIDUAL;;-;;;;;-;format",
        // the times
        "end equal to start;2026-03-10;13:00;13:00;INDIVIDUAL;SOAP;*;;;;;endTime;endTime",
        "end before start;2026-03-10;13:00;12:59;INDIVIDUAL;SOAP;*;;;;;endTime;endTime",
        "end a minute after start;2026-03-10;13:00;13:01;INDIVIDUAL;SOAP;*;;;;;-;-",
        "no end yet;2026-03-10;13:00;;INDIVIDUAL;SOAP;*;;;;;-;endTime",
        // a contact in the future
        "contact tomorrow;2026-03-11;09:00;09:30;INDIVIDUAL;SOAP;*;;;;;contactDate;contactDate endTime",
        "today later than now;2026-03-10;15:01;15:30;INDIVIDUAL;SOAP;*;;;;;startTime;startTime endTime",
        "today a minute in the past;2026-03-10;14:59;15:00;PHONE;SOAP;*;;;;;-;-",
        "today starting now, not over yet;2026-03-10;15:00;15:30;PHONE;SOAP;*;;;;;-;endTime",
        "today ending now;2026-03-10;14:30;15:00;PHONE;SOAP;*;;;;;-;-",
        "late yesterday;2026-03-09;23:00;23:50;CRISIS;SOAP;*;;;;;-;-",
        "long ago;2025-03-10;08:00;09:00;FAMILY;SOAP;*;;;;;-;-",
        // each format's parts
        "SOAP without subjective;2026-03-10;13:00;13:50;GROUP;SOAP;OBJECTIVE+ASSESSMENT+PLAN;;;;;-;"
            + "text.SUBJECTIVE",
        "SOAP with DAP's data only;2026-03-10;13:00;13:50;GROUP;SOAP;DATA;;;;;-;text.SUBJECTIVE"
            + " text.OBJECTIVE text.ASSESSMENT text.PLAN",
        "complete DAP;2026-03-10;13:00;13:50;INDIVIDUAL;DAP;*;;;;;-;-",
        "DAP without data;2026-03-10;13:00;13:50;INDIVIDUAL;DAP;ASSESSMENT+PLAN;;;;;-;text.DATA",
        "DAP without plan;2026-03-10;13:00;13:50;INDIVIDUAL;DAP;DATA+ASSESSMENT;;;;;-;text.PLAN",
        "complete BIRP;2026-03-10;13:00;13:50;INDIVIDUAL;BIRP;*;;;;;-;-",
        "BIRP without intervention and response;2026-03-10;13:00;13:50;INDIVIDUAL;BIRP;"
            + "BEHAVIOR+PLAN;;;;;-;text.INTERVENTION text.RESPONSE",
        "BIRP with SOAP's parts;2026-03-10;13:00;13:50;INDIVIDUAL;BIRP;SUBJECTIVE+OBJECTIVE"
            + "+ASSESSMENT+PLAN;;;;;-;text.BEHAVIOR text.INTERVENTION text.RESPONSE",
        "no modality;2026-03-10;13:00;13:50;;SOAP;*;;;;;-;modality",
        // other interventions
        "other without words;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;CBT+OTHER;;;;-;"
            + "otherInterventions",
        "other with words;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;OTHER;Art therapy;;;-;-",
        "words without other;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;DBT_SKILLS;Art;;;-;-",
        "other with blank words;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;OTHER;'   ';;;-;"
            + "otherInterventions",
        // the next appointment
        "next the day before;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-09;;"
            + "nextAppointmentDate;nextAppointmentDate",
        "next the same day, no time;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-10;;-;-",
        "next the same day before the contact;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-10;"
            + "08:00;nextAppointmentDate;nextAppointmentDate",
        "next during the contact;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-10;13:49;"
            + "nextAppointmentDate;nextAppointmentDate",
        "next as the contact ends;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-10;13:50;-;-",
        "next before the start, no end;2026-03-10;13:00;;INDIVIDUAL;SOAP;*;;;2026-03-10;12:59;"
            + "nextAppointmentDate;nextAppointmentDate endTime",
        "next in a week;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;2026-03-17;10:00;-;-",
        "next time without a date;2026-03-10;13:00;13:50;INDIVIDUAL;SOAP;*;;;;10:00;"
            + "nextAppointmentDate;nextAppointmentDate",
      })
  void refusesExactlyTheFieldsItsRulesName(
      String description,
      String date,
      String start,
      String end,
      String modality,
      String format,
      String parts,
      String interventions,
      String other,
      String nextDate,
      String nextTime,
      String draftRefused,
      String signRefused) {
    NoteContent c =
        content(
            date, start, end, modality, format, parts, interventions, other, nextDate, nextTime);
    assertEquals(draftRefused, keys(NoteRules.draftRefusals(c, NOW)), "as a draft");
    assertEquals(
        Set.of(signRefused.split(" ")),
        Set.of(keys(NoteRules.signRefusals(c, NOW)).split(" ")),
        "when signing");
  }

  @Test
  void signingRefusesEveryMissingPartWithItsNameInTheFormsOrder() {
    NoteContent c = content(null, null, null, null, "BIRP", "-", null, null, null, null);
    var refused = NoteRules.signRefusals(c, NOW);
    assertEquals(
        List.of(
            "contactDate",
            "startTime",
            "endTime",
            "modality",
            "text.BEHAVIOR",
            "text.INTERVENTION",
            "text.RESPONSE",
            "text.PLAN"),
        List.copyOf(refused.keySet()));
    assertEquals("Write the Behavior part before signing.", refused.get("text.BEHAVIOR"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({
    "at the limit, 8000, none, -",
    "one over the limit, 8001, none, text.PLAN",
    "an emoji at the limit, 8000, emoji, -",
    "a bell, 20, bell, text.PLAN",
    "a null character, 20, nul, text.PLAN",
    "an escape, 20, escape, text.PLAN",
    "a delete, 20, delete, text.PLAN",
    "a C1 control, 20, c1, text.PLAN",
    "tab line feed and carriage return, 20, whitespace, -",
  })
  void aPartsTextIsRefusedOverItsLimitOrWithAControlCharacter(
      String description, int length, String inserted, String refused) {
    String special =
        switch (inserted) {
          case "none" -> "";
          case "emoji" -> "\uD83D\uDE42";
          case "bell" -> "\u0007";
          case "nul" -> "\0";
          case "escape" -> "\u001b";
          case "delete" -> "\u007f";
          case "c1" -> "\u0085";
          case "whitespace" -> "\t\n\r";
          default -> throw new IllegalArgumentException(inserted);
        };
    NoteContent c =
        content("2026-03-10", "13:00", "13:50", "INDIVIDUAL", "SOAP", "*", null, null, null, null);
    c.setText(NoteField.PLAN, special + "x".repeat(length - special.length()));
    assertEquals(length, c.text(NoteField.PLAN).length());
    assertEquals(refused, keys(NoteRules.draftRefusals(c, NOW)));
    assertEquals(refused, keys(NoteRules.signRefusals(c, NOW)));
  }

  @Test
  void aPartKeepsItsTextExactlyAsTypedAndBlankKeepsNothing() {
    NoteContent c = new NoteContent();
    String typed = "  Slept badly.\r\n\tSays: \"better\" \uD83D\uDE42  \n";
    c.setText(NoteField.SUBJECTIVE, typed);
    assertEquals(typed, c.text(NoteField.SUBJECTIVE));
    c.getTexts().put(NoteField.OBJECTIVE, " \n\t ");
    assertEquals(null, c.text(NoteField.OBJECTIVE));
    assertTrue(NoteRules.draftRefusals(c, NOW).isEmpty());
  }

  @ParameterizedTest(name = "[{index}] signed {0} after the contact ended: late {1}")
  @CsvSource({
    "PT1H, false",
    "PT23H59M59S, false",
    "PT24H, false",
    "PT24H0.001S, true",
    "PT24H1S, true",
    "P2D, true",
  })
  void aNoteSignedMoreThan24HoursAfterTheContactIsALateEntry(Duration after, boolean late) {
    LocalDate day = LocalDate.of(2026, 4, 14);
    LocalTime end = LocalTime.of(10, 50);
    Instant ended = day.atTime(end).atZone(CHICAGO).toInstant();
    assertEquals(late, NoteRules.lateEntry(day, end, ended.plus(after), CHICAGO));
  }

  @Test
  void lateEntryCountsRealHoursAcrossAClockChange() {
    // 8 March 2026: clocks in Chicago go forward at 2:00, so 9:00 the next day is 23 hours on
    LocalDate day = LocalDate.of(2026, 3, 7);
    LocalTime end = LocalTime.of(10, 0);
    Instant dayAfterAt10 = LocalDate.of(2026, 3, 8).atTime(10, 0).atZone(CHICAGO).toInstant();
    assertFalse(NoteRules.lateEntry(day, end, dayAfterAt10, CHICAGO), "23 real hours");
    assertTrue(
        NoteRules.lateEntry(
            day, end, dayAfterAt10.plus(Duration.ofHours(1)).plusSeconds(1), CHICAGO));
  }

  @ParameterizedTest
  @EnumSource(RiskLevel.class)
  void theSafetyPlanGateAppliesToHighAndImminentOnly(RiskLevel level) {
    assertEquals(
        level == RiskLevel.HIGH || level == RiskLevel.IMMINENT, NoteRules.planGateApplies(level));
  }

  @Test
  void theSafetyPlanGateDoesNotApplyWithoutALevel() {
    assertFalse(NoteRules.planGateApplies(null));
  }
}
