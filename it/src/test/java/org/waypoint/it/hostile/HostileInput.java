package org.waypoint.it.hostile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import org.waypoint.it.support.TestNames;

/**
 * The one table of hostile input: each class says which kinds of field it is tried on, the value it
 * sends, and what must come of it. A new class here is tried on every field of every form.
 */
enum HostileInput {
  OVER_LONG("over-long text", Expect.REFUSED, FieldKind.TEXT),
  CONTROL_CHARACTERS("control characters", Expect.REFUSED, FieldKind.TEXT),
  SCRIPT_AND_HTML("<script> and HTML", Expect.ACCEPTED_OR_REFUSED, FieldKind.TEXT),
  SQL_METACHARACTERS("SQL metacharacters", Expect.ACCEPTED_OR_REFUSED, FieldKind.TEXT),
  EMOJI_AND_RTL("emoji and right-to-left text", Expect.ACCEPTED_OR_REFUSED, FieldKind.TEXT),
  LEADING_TRAILING_SPACES(
      "leading and trailing spaces", Expect.ACCEPTED_OR_REFUSED, FieldKind.TEXT),
  IMPOSSIBLE_DATE("impossible date", Expect.REFUSED, FieldKind.DATE),
  FUTURE_DATE("future date", Expect.ACCEPTED_OR_REFUSED, FieldKind.DATE),
  NEGATIVE_NUMBER("negative number", Expect.REFUSED, FieldKind.NUMBER),
  HUGE_NUMBER("huge number", Expect.REFUSED, FieldKind.NUMBER),
  MISSING(
      "missing (required) field",
      Expect.ACCEPTED_OR_REFUSED,
      FieldKind.TEXT,
      FieldKind.DATE,
      FieldKind.NUMBER,
      FieldKind.CHOICE,
      FieldKind.HIDDEN),
  OPTION_NOT_OFFERED("a choice the page never offered", Expect.REFUSED, FieldKind.CHOICE),
  TAMPERED_HIDDEN("tampered hidden field", Expect.REFUSED_OR_IGNORED, FieldKind.HIDDEN),
  FOREIGN_VIEW_STATE("view state from another session", Expect.REFUSED_OR_IGNORED, FieldKind.FORM),
  CLIENT_OUT_OF_REACH("id of a client outside the user's reach", Expect.REFUSED, FieldKind.FORM);

  /** What must come of a try. */
  enum Expect {
    /** Refused with a message next to the field, nothing saved. */
    REFUSED,
    /** Either refused as above, or saved and shown back exactly (escaped). */
    ACCEPTED_OR_REFUSED,
    /** Refused (a message, or a refusal page), or saved with the tampered value never used. */
    REFUSED_OR_IGNORED
  }

  /** The kinds of field a page's form holds, read from the page itself. */
  enum FieldKind {
    TEXT,
    DATE,
    NUMBER,
    CHOICE,
    HIDDEN,
    /** The form as a whole: its view state, the record its address names. */
    FORM
  }

  /** A value no one could type into a field of that length: far over any limit. */
  static final int NO_LIMIT_LENGTH = 100_000;

  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  final String label;
  final Expect expect;
  final Set<FieldKind> kinds;

  HostileInput(String label, Expect expect, FieldKind... kinds) {
    this.label = label;
    this.expect = expect;
    this.kinds = EnumSet.of(kinds[0], kinds);
  }

  /**
   * @param field the field tried
   * @param tag a few characters unique to this try, so what is shown can be traced to it
   * @return the value sent
   */
  String value(Field field, String tag) {
    return switch (this) {
      case OVER_LONG ->
          // one unbroken word, as a pasted link is
          ("long" + tag + "-")
              .concat("x".repeat(field.limit() > 0 ? field.limit() : NO_LIMIT_LENGTH))
              .substring(0, (field.limit() > 0 ? field.limit() : NO_LIMIT_LENGTH) + 1);
      case CONTROL_CHARACTERS -> "ctl" + tag + "\u0000\u0007\u001b[31m\u007f";
      case SCRIPT_AND_HTML ->
          fit(
              field,
              "<script>alert('" + tag + "')</script><b data-hostile=\"" + tag + "\">&amp;</b>",
              "<b data-hostile=\"" + tag + "\">" + "</b>");
      case SQL_METACHARACTERS ->
          fit(field, "O'Br" + tag + "\"; DROP TABLE client; -- %_\\", "'" + tag + "--");
      case EMOJI_AND_RTL -> fit(field, "😀👩🏽‍⚕️ مرحبا " + tag + " שלום", "😀ش" + tag);
      case LEADING_TRAILING_SPACES -> fit(field, "  " + tag + " padded  ", " " + tag + " ");
      case IMPOSSIBLE_DATE -> "02/30/2023";
      case FUTURE_DATE -> TestNames.centerToday().plusYears(30).format(US);
      case NEGATIVE_NUMBER -> "-1";
      case HUGE_NUMBER -> "99999999999999999999";
      case MISSING -> "";
      case OPTION_NOT_OFFERED -> "NOT_AN_OPTION_" + tag;
      case TAMPERED_HIDDEN -> "999999999";
      case FOREIGN_VIEW_STATE, CLIENT_OUT_OF_REACH -> "";
    };
  }

  private static String fit(Field field, String full, String short_) {
    if (field.limit() <= 0 || full.length() <= field.limit()) {
      return full;
    }
    return short_.length() <= field.limit() ? short_ : short_.substring(0, field.limit());
  }

  /** A date every date field accepts, as the pages write it. */
  static String ordinaryDate(LocalDate date) {
    return date.format(US);
  }
}
