package org.waypoint.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.Role;

class ClientAccessTest {

  private static final long MY_PROGRAM = 1;
  private static final long OTHER_PROGRAM = 2;

  /** Client 10: in my program, someone else's; 20: other program, mine; 30: other, theirs. */
  private static final ClientFacts IN_MY_PROGRAM = new ClientFacts(10, MY_PROGRAM, "marcus");

  private static final ClientFacts ON_MY_CASELOAD = new ClientFacts(20, OTHER_PROGRAM, "dana");
  private static final ClientFacts ELSEWHERE = new ClientFacts(30, OTHER_PROGRAM, "marcus");
  private static final ClientFacts UNASSIGNED_ELSEWHERE = new ClientFacts(40, OTHER_PROGRAM, null);

  private static ClientAccess dana(Set<Long> emergencies, Role... roles) {
    EnumSet<Role> held = EnumSet.noneOf(Role.class);
    held.addAll(Set.of(roles));
    return ClientAccess.of("dana", held, Set.of(MY_PROGRAM), emergencies);
  }

  private static ClientFacts client(String which) {
    return switch (which) {
      case "program" -> IN_MY_PROGRAM;
      case "caseload" -> ON_MY_CASELOAD;
      case "elsewhere" -> ELSEWHERE;
      default -> UNASSIGNED_ELSEWHERE;
    };
  }

  @ParameterizedTest(name = "{0} reaches a client {1}: {2}")
  @CsvSource({
    "INTAKE,     program,    true",
    "INTAKE,     caseload,   true",
    "INTAKE,     elsewhere,  true",
    "CLINICIAN,  program,    true",
    "CLINICIAN,  caseload,   true",
    "CLINICIAN,  elsewhere,  false",
    "CLINICIAN,  unassigned, false",
    "SUPERVISOR, program,    true",
    "SUPERVISOR, caseload,   false",
    "SUPERVISOR, elsewhere,  false",
    "ADMIN,      program,    false",
    "ADMIN,      caseload,   false",
    "ADMIN,      elsewhere,  false"
  })
  void ordinaryAccessFollowsRoleProgramAndCaseload(Role role, String which, boolean reaches) {
    assertEquals(reaches, dana(Set.of(), role).reaches(client(which)));
  }

  @Test
  void severalRolesReachWhatAnyOfThemReaches() {
    ClientAccess both = dana(Set.of(), Role.SUPERVISOR, Role.CLINICIAN);

    assertTrue(both.reaches(ON_MY_CASELOAD));
    assertTrue(both.reaches(IN_MY_PROGRAM));
    assertFalse(both.reaches(ELSEWHERE));
  }

  @Test
  void anEmergencyAccessOpensThatClientOnly() {
    ClientAccess clinician = dana(Set.of(ELSEWHERE.clientId()), Role.CLINICIAN);

    assertTrue(clinician.reaches(ELSEWHERE));
    assertFalse(clinician.ordinarilyReaches(ELSEWHERE));
    assertFalse(clinician.reaches(UNASSIGNED_ELSEWHERE));
  }

  @Test
  void anAdministratorsEmergencyAccessOpensNothing() {
    assertFalse(dana(Set.of(ELSEWHERE.clientId()), Role.ADMIN).reaches(ELSEWHERE));
  }

  @Test
  void aRefusalNamesNoClientData() {
    AccessDeniedException refused =
        assertThrows(
            AccessDeniedException.class, () -> dana(Set.of(), Role.CLINICIAN).check(ELSEWHERE));

    assertFalse(refused.getMessage().contains("marcus"));
    assertFalse(refused.getMessage().contains("30"));
  }
}
