package org.waypoint.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.waypoint.client.ClientRegistrar;
import org.waypoint.client.ClientRegistration;
import org.waypoint.client.ClientStatus;
import org.waypoint.program.LevelOfCare;
import org.waypoint.program.Program;
import org.waypoint.security.Passwords;
import org.waypoint.security.Role;
import org.waypoint.security.StaffUser;

/**
 * The demo center's content. Deterministic: the same programs, accounts and clients every time (a
 * fixed seed), with dates placed relative to the day it is loaded so the demo looks current.
 */
@Stateless
public class DemoData {

  /** The password of every demo account; demo accounts sign in only in demo mode. */
  public static final String PASSWORD = "waypoint-demo";

  private static final String[] FIRST_NAMES = {
    "Avery", "Jordan", "Maya", "Elijah", "Sofia", "Noah", "Isabella", "Liam", "Camila", "Mateo",
    "Harper", "Aiden", "Zoë", "Lucas", "Amara", "Ethan", "Priya", "Caleb", "Leilani", "Owen",
    "Nadia", "Gabriel", "Chloe", "Mason", "Fatima", "Julian", "Hannah", "Diego", "Keira", "Samuel"
  };
  private static final String[] LAST_NAMES = {
    "Alvarez", "Bennett", "Chen", "Dubois", "Edwards", "Fischer", "García", "Hughes", "Ibrahim",
    "Jensen", "Kowalski", "Lopez", "Morales", "Nguyen", "O'Brien", "Patel", "Quinn", "Rossi",
    "Schmidt", "Tanaka", "Underwood", "Vasquez", "Walker", "Xu", "Yamamoto", "Zielinski", "Brooks",
    "Castillo", "Delgado", "Foster"
  };
  private static final String[] PRONOUNS = {"she/her", "he/him", "they/them", null};

  @PersistenceContext private EntityManager em;
  @Inject private Passwords passwords;
  @Inject private ClientRegistrar clients;

  /**
   * Loads the demo center unless the database already has programs.
   *
   * @return whether it was loaded now
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean loadIfEmpty() {
    Long programs = em.createQuery("select count(p) from Program p", Long.class).getSingleResult();
    if (programs > 0) {
      return false;
    }
    Program residential = program("RES", "Residential", LevelOfCare.RESIDENTIAL);
    Program php = program("PHP", "Partial Hospitalization", LevelOfCare.PARTIAL_HOSPITALIZATION);
    Program iop = program("IOP", "Intensive Outpatient", LevelOfCare.INTENSIVE_OUTPATIENT);

    Instant now = Instant.now();
    user("intake", "Ines Ortega", EnumSet.of(Role.INTAKE), now);
    StaffUser clinician = user("clinician", "Dana Whitfield", EnumSet.of(Role.CLINICIAN), now);
    clinician.assignTo(residential);
    clinician.assignTo(iop);
    StaffUser clinician2 = user("clinician2", "Marcus Lee", EnumSet.of(Role.CLINICIAN), now);
    clinician2.assignTo(php);
    StaffUser supervisor = user("supervisor", "Renée Park", EnumSet.of(Role.SUPERVISOR), now);
    supervisor.assignTo(residential);
    supervisor.assignTo(php);
    supervisor.assignTo(iop);
    user("admin", "Sam Okafor", EnumSet.of(Role.ADMIN), now);
    em.flush();

    LocalDate today = LocalDate.now(Clock.system(ZoneId.of("UTC")));
    Random random = new Random(20261122L);
    List<Program> programList = List.of(residential, php, iop);
    for (int i = 0; i < FIRST_NAMES.length; i++) {
      ClientRegistration form = new ClientRegistration();
      form.setLegalFirstName(FIRST_NAMES[i]);
      form.setLegalLastName(LAST_NAMES[i]);
      if (i % 7 == 3) {
        form.setPreferredName(FIRST_NAMES[(i + 11) % FIRST_NAMES.length]);
      }
      form.setPronouns(PRONOUNS[i % PRONOUNS.length]);
      form.setDateOfBirth(today.minusYears(16 + random.nextInt(45)).minusDays(random.nextInt(365)));
      form.setPhone(String.format("(312) 555-%04d", 100 + i));
      Program program = programList.get(i % 3);
      form.setStatus(
          i % 10 == 9
              ? ClientStatus.REFERRED
              : i % 15 == 14 ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE);
      if (form.getStatus() != ClientStatus.REFERRED) {
        form.setAdmissionDate(today.minusDays(3 + random.nextInt(120)));
      }
      // Dana carries the residential and IOP caseload, Marcus partial hospitalization; a few
      // clients are still waiting for a clinician
      StaffUser primary = i % 8 == 7 ? null : program == php ? clinician2 : clinician;
      clients.register(form, program, primary, now, "intake");
    }
    return true;
  }

  private Program program(String code, String name, LevelOfCare level) {
    Program program = new Program(code, name, level);
    em.persist(program);
    return program;
  }

  private StaffUser user(String username, String name, Set<Role> roles, Instant now) {
    StaffUser user =
        new StaffUser(username, name, passwords.hash(PASSWORD.toCharArray()), roles, true, now);
    em.persist(user);
    return user;
  }
}
