package org.waypoint.client;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.audit.ClientReference;
import org.waypoint.program.LevelOfCare;
import org.waypoint.risk.RiskLevel;

/**
 * A client as shown in lists and at the top of the chart.
 *
 * @param id the client's id
 * @param mrn the MRN
 * @param legalFirstName legal first name
 * @param legalLastName legal last name
 * @param preferredName the name the client goes by, or {@code null}
 * @param pronouns pronouns, or {@code null}
 * @param dateOfBirth date of birth
 * @param phone phone, or {@code null}
 * @param programId the program's id
 * @param programName the program's name
 * @param levelOfCare the program's level of care
 * @param primaryClinicianName the primary clinician's name, or {@code null}
 * @param status the status
 * @param admissionDate the admission date, or {@code null}
 * @param registeredAt when the client was registered
 * @param registeredBy who registered the client (username)
 * @param language the client's preferred language for documents
 * @param riskLevel the latest risk level, or {@code null} before the first assessment
 * @param rising whether the latest check-in marked the client as rising
 * @param checkInDue when the next check-in is due, or {@code null} before the first assessment
 */
public record ClientProfile(
    long id,
    String mrn,
    String legalFirstName,
    String legalLastName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String phone,
    long programId,
    String programName,
    LevelOfCare levelOfCare,
    String primaryClinicianName,
    ClientStatus status,
    LocalDate admissionDate,
    Instant registeredAt,
    String registeredBy,
    Language language,
    RiskLevel riskLevel,
    boolean rising,
    Instant checkInDue)
    implements Serializable, ClientReference {

  @Override
  public long clientId() {
    return id;
  }

  /**
   * @param c a client
   * @return the client as lists and the chart show it
   */
  public static ClientProfile of(Client c) {
    return new ClientProfile(
        c.getId(),
        c.getMrn(),
        c.getLegalFirstName(),
        c.getLegalLastName(),
        c.getPreferredName(),
        c.getPronouns(),
        c.getDateOfBirth(),
        c.getPhone(),
        c.getProgram().getId(),
        c.getProgram().getName(),
        c.getProgram().getLevelOfCare(),
        c.getPrimaryClinician() == null ? null : c.getPrimaryClinician().getDisplayName(),
        c.getStatus(),
        c.getAdmissionDate(),
        c.getRegisteredAt(),
        c.getRegisteredBy(),
        c.getLanguage(),
        c.getRiskLevel(),
        c.isRising(),
        c.getCheckInDue());
  }

  /**
   * @return "Last, First", as lists and reports show legal names
   */
  public String legalName() {
    return legalLastName + ", " + legalFirstName;
  }

  /**
   * @return the name to address the client by: the preferred name, else the legal first name
   */
  public String addressedAs() {
    return preferredName != null ? preferredName : legalFirstName;
  }
}
