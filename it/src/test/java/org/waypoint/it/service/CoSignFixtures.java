package org.waypoint.it.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.waypoint.admin.AdminService;
import org.waypoint.admin.NewUser;
import org.waypoint.checkin.CheckInAnswers;
import org.waypoint.it.support.Services;
import org.waypoint.it.support.TestNames;
import org.waypoint.kernel.Role;
import org.waypoint.note.Modality;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteDetail;
import org.waypoint.note.NoteField;
import org.waypoint.note.NoteService;
import org.waypoint.program.ProgramService;
import org.waypoint.risk.SubstanceUse;
import org.waypoint.risk.WarningSign;
import org.waypoint.security.AccountService;

/**
 * Accounts and notes for the co-signature and note-dashboard tests: staff made by the administrator
 * (a clinician in training, a supervisor of one program), each calling the services as themselves.
 */
final class CoSignFixtures {

  /** The password of every account made here, chosen by its owner after the first sign-in. */
  static final String PASSWORD = "Lantern harbor quietly 42";

  /** The temporary password the administrator gives every account made here. */
  static final String TEMPORARY = "Heron over the weir 17";

  private CoSignFixtures() {}

  /** A member of staff made for a test, who calls the services with one role. */
  record Account(String username, String displayName, String role) {
    <T> T call(java.security.PrivilegedExceptionAction<T> action) throws Exception {
      return Services.callerSwitch().as(username, new String[] {role}, action);
    }
  }

  /**
   * @param role the account's one role
   * @param program the name of its one program
   * @param needsCoSignature whether the notes it signs need a co-signature
   * @return a new account, made by the administrator
   */
  static Account account(Role role, String program, boolean needsCoSignature) throws Exception {
    long programId =
        Staff.ADMIN.call(() -> Services.ejb(ProgramService.class).programs()).stream()
            .filter(p -> p.name().equals(program))
            .findFirst()
            .orElseThrow()
            .id();
    NewUser form = new NewUser();
    String username = TestNames.uniqueLastName("staff").toLowerCase();
    form.setUsername(username);
    form.setDisplayName("Test " + username);
    form.setRoles(EnumSet.of(role));
    form.setProgramIds(Set.of(programId));
    form.setPassword(TEMPORARY);
    form.setNeedsCoSignature(needsCoSignature);
    Staff.ADMIN.call(() -> Services.ejb(AdminService.class).create(form));
    Account account = new Account(username, "Test " + username, role.name());
    // as at a first sign-in: the services do nothing else for the account until it has its own
    account.call(
        () -> Services.ejb(AccountService.class).changePassword(TEMPORARY.toCharArray(), PASSWORD));
    return account;
  }

  static NoteService notes() {
    return Services.ejb(NoteService.class);
  }

  /** A complete SOAP note of yesterday's individual session, ready to sign. */
  static NoteContent complete(NoteDetail draft) {
    NoteContent c = draft.content().copy();
    c.setContactDate(TestNames.centerToday().minusDays(1));
    c.setStartTime(LocalTime.of(10, 0));
    c.setEndTime(LocalTime.of(10, 50));
    c.setModality(Modality.INDIVIDUAL);
    c.setText(NoteField.SUBJECTIVE, "Slept better; urges lower this week.");
    c.setText(NoteField.OBJECTIVE, "Calm, good eye contact.");
    c.setText(NoteField.ASSESSMENT, "Stable; coping skills in use.");
    c.setText(NoteField.PLAN, "Continue weekly sessions.");
    return c;
  }

  /**
   * @param author who writes and signs it
   * @param clientId the client
   * @return the id of the signed note
   */
  static long signedNote(Account author, long clientId) throws Exception {
    return signedNote(author, clientId, PASSWORD);
  }

  /**
   * @param author who writes and signs it
   * @param clientId the client
   * @param password the author's password
   * @return the id of the signed note
   */
  static long signedNote(Account author, long clientId, String password) throws Exception {
    return author.call(
        () -> {
          NoteDetail draft = notes().start(clientId, false);
          return notes()
              .sign(draft.id(), draft.version(), complete(draft), password.toCharArray())
              .id();
        });
  }

  /**
   * @param author a demo clinician
   * @param clientId the client
   * @return the id of the signed note
   */
  static long signedNote(Staff author, long clientId) throws Exception {
    return author.call(
        () -> {
          NoteDetail draft = notes().start(clientId, false);
          return notes()
              .sign(draft.id(), draft.version(), complete(draft), "waypoint-demo".toCharArray())
              .id();
        });
  }

  /** A calm check-in: Low, nothing on the screening. */
  static CheckInAnswers calm() {
    CheckInAnswers a = new CheckInAnswers();
    a.setSelfHarm(false);
    a.setUrge(2);
    for (WarningSign sign : WarningSign.values()) {
      a.rate(sign, 1);
    }
    a.setSubstanceUse(SubstanceUse.NONE);
    a.setMeansAccess(false);
    a.setWishDead(false);
    a.setThoughts(false);
    a.setBehavior(false);
    a.setSupportContacted(true);
    return a;
  }

  /**
   * Every row of a paged list, page by page.
   *
   * @param count how many rows there are
   * @param page loads a page from its first row and size
   * @return the rows
   */
  static <T> List<T> all(long count, BiFunction<Integer, Integer, List<T>> page) {
    List<T> rows = new ArrayList<>();
    for (int first = 0; first < count; first += 100) {
      rows.addAll(page.apply(first, 100));
    }
    return rows;
  }

  /**
   * @return yesterday in the center's time zone
   */
  static LocalDate yesterday() {
    return TestNames.centerToday().minusDays(1);
  }
}
