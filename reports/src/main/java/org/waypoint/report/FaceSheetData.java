package org.waypoint.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything the one-page client face sheet prints. Optional values are {@code null}; the report
 * shows them as "Not recorded" rather than leaving a gap that reads like an omission.
 *
 * @param centerName the center's name for the header
 * @param mrn the client's medical record number
 * @param legalName the legal name, as "Last, First"
 * @param preferredName the name the client goes by, or {@code null}
 * @param pronouns the client's pronouns, or {@code null}
 * @param dateOfBirth the date of birth
 * @param phone the client's phone number, or {@code null}
 * @param program the program's name
 * @param levelOfCare the program's level of care, as shown on screens
 * @param primaryClinician the primary clinician's display name, or {@code null}
 * @param status the client's status, as shown on screens
 * @param admissionDate the admission date, or {@code null}
 * @param printedAt when the sheet was printed, in the center's time zone
 * @param printedBy the display name of the staff member printing it
 */
public record FaceSheetData(
    String centerName,
    String mrn,
    String legalName,
    String preferredName,
    String pronouns,
    LocalDate dateOfBirth,
    String phone,
    String program,
    String levelOfCare,
    String primaryClinician,
    String status,
    LocalDate admissionDate,
    ZonedDateTime printedAt,
    String printedBy) {

  /** Refuses a face sheet without the values that identify the client and the print. */
  public FaceSheetData {
    Objects.requireNonNull(centerName, "centerName");
    Objects.requireNonNull(mrn, "mrn");
    Objects.requireNonNull(legalName, "legalName");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(printedAt, "printedAt");
    Objects.requireNonNull(printedBy, "printedBy");
  }
}
