package org.waypoint.intake;

import java.util.Map;
import org.waypoint.center.Wording;

/** Step 8: the program the client is admitted to and their primary clinician. */
public class PlacementSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  private Long programId;
  private Long primaryClinicianId;

  @Override
  public IntakeStep step() {
    return IntakeStep.PLACEMENT;
  }

  @Override
  void readFrom(Intake intake) {
    programId = intake.program == null ? null : intake.program.getId();
    primaryClinicianId = intake.primaryClinician == null ? null : intake.primaryClinician.getId();
  }

  @Override
  void applyTo(Intake intake) {
    // the service resolves and checks the ids and sets the program and clinician
  }

  @Override
  void missing(Map<String, String> missing) {
    if (programId == null) {
      missing.put("programId", Wording.text("intake.programId.missing"));
    }
    if (primaryClinicianId == null) {
      missing.put("primaryClinicianId", Wording.text("intake.primaryClinicianId.missing"));
    }
  }

  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public Long getPrimaryClinicianId() {
    return primaryClinicianId;
  }

  public void setPrimaryClinicianId(Long primaryClinicianId) {
    this.primaryClinicianId = primaryClinicianId;
  }
}
