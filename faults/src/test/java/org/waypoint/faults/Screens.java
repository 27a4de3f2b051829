package org.waypoint.faults;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two saves the fault tests make through the real screens: recording a check-in ({@code
 * /check-in/{client}}, the form's own Ajax save) and saving a session note's draft ({@code
 * /note/new?client=}, the editor's whole-draft save that its script sends as the user types).
 */
final class Screens {

  private static final List<String> SIGNS =
      List.of(
          "hopelessness",
          "selfHarmThoughts",
          "avoidingPeople",
          "harshSelfTalk",
          "sleepChange",
          "appetiteChange");

  /**
   * The editor's whole-draft save, as PrimeFaces writes its remote command (noteSaveAll =
   * function() returning PrimeFaces.ab with s: the command's client id). Only the command's own
   * source counts: a field just before the script (the form's hidden submission token) is not the
   * save.
   */
  private static final Pattern SAVE_ALL =
      Pattern.compile(
          "noteSaveAll\\s*=\\s*function\\(\\)\\s*\\{\\s*return\\s+PrimeFaces\\.ab\\(\\{s:\"(noteForm:[^\"]+)\"");

  /** The draft's version after the answer: a save of a new draft makes it 1 or more. */
  private static final Pattern DRAFT_VERSION = Pattern.compile("data-version=\"(\\d+)\"");

  private Screens() {}

  /** Opens the check-in form of a client. */
  static void openCheckIn(WebUser user, long client) throws IOException, InterruptedException {
    user.open("/check-in/" + client);
  }

  /**
   * Records the check-in the open form holds, with these words of the client's.
   *
   * @return the answer: {@link WebUser.Answer#redirected()} when it was recorded
   */
  static WebUser.Answer recordCheckIn(WebUser user, String words)
      throws IOException, InterruptedException {
    return user.ajax(
        "checkInForm", "checkInForm:recordCheckIn", "checkInForm", "checkInForm", answers(words));
  }

  /** The answers of a client doing fairly well (the level stays Low: no alert, no task). */
  static Map<String, Object> answers(String words) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("checkInForm:contact", "IN_SESSION");
    a.put("checkInForm:selfHarm", "false");
    a.put("checkInForm:substanceUse", "NONE");
    a.put("checkInForm:urge", "1");
    a.put("checkInForm:meansAccess", "false");
    for (String sign : SIGNS) {
      a.put("checkInForm:" + sign, "0");
    }
    a.put("checkInForm:wishDead", "false");
    a.put("checkInForm:thoughts", "false");
    a.put("checkInForm:behavior", "false");
    a.put("checkInForm:supportContacted", "true");
    a.put("checkInForm:clientWords", words);
    return a;
  }

  /**
   * Starts a new note for a client (the draft is created as the editor opens).
   *
   * @return the client id of the editor's whole-draft save
   */
  static String startNote(WebUser user, long client) throws IOException, InterruptedException {
    user.open("/note/new?client=" + client);
    Matcher m = SAVE_ALL.matcher(user.page().html());
    if (!m.find()) {
      throw new IllegalStateException("the note editor has no whole-draft save");
    }
    return m.group(1);
  }

  /**
   * Saves the open note's draft: a SOAP note whose four parts carry this text.
   *
   * @return the answer: saved when it says so ({@link #draftSaved})
   */
  static WebUser.Answer saveNote(WebUser user, String saveAll, String text)
      throws IOException, InterruptedException {
    LocalDateTime end =
        LocalDateTime.now(ZoneId.of("America/Chicago")).minusHours(2).truncatedTo(ChronoUnit.HOURS);
    LocalDateTime start = end.minusMinutes(45);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("noteForm:contactDate_input", DateTimeFormatter.ofPattern("MM/dd/yyyy").format(start));
    e.put("noteForm:startTime", DateTimeFormatter.ofPattern("HH:mm").format(start));
    e.put("noteForm:endTime", DateTimeFormatter.ofPattern("HH:mm").format(end));
    e.put("noteForm:modality", "INDIVIDUAL");
    e.put("noteForm:format", "SOAP");
    e.put("noteForm:parts:0:text", text);
    e.put("noteForm:parts:1:text", "Objective: " + text);
    e.put("noteForm:parts:6:text", "Assessment: " + text);
    e.put("noteForm:parts:7:text", "Plan: " + text);
    e.put("noteForm:password", "");
    return user.ajax(
        "noteForm",
        saveAll,
        "noteForm",
        "noteForm:draftStatus noteForm:conflict noteForm:minutes",
        e);
  }

  /**
   * Whether the answer acknowledges the save: "saved", no error, and the draft's version moved past
   * 0, the version of a draft that was opened and never saved (an answer that only shows the opened
   * draft's state is no acknowledgement).
   */
  static boolean draftSaved(WebUser.Answer answer) {
    Matcher version = DRAFT_VERSION.matcher(answer.body());
    return answer.status() == 200
        && answer.body().contains("data-state=\"saved\"")
        && !answer.body().contains("<error>")
        && version.find()
        && Long.parseLong(version.group(1)) > 0;
  }
}
