package org.waypoint.intake;

import java.io.Serializable;
import java.util.Map;

/**
 * One step of the intake form as staff type it. Bean Validation on a section's properties checks
 * the format of what was typed: a section with a refused value is not saved at all. What a step
 * still lacks ({@link #missing}) does not stop it being saved, so an interrupted intake keeps what
 * was typed; it stops the admission.
 */
@ConsistentSection
public abstract class IntakeSection implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * @return the step this section is
   */
  public abstract IntakeStep step();

  /** Fills this section from the saved intake. */
  abstract void readFrom(Intake intake);

  /** Writes this section into the intake. */
  abstract void applyTo(Intake intake);

  /**
   * The rules between fields of the section, checked by Bean Validation as the class-level
   * constraint {@link ConsistentSection}.
   *
   * @param errors where to put a message per refused property
   */
  void refusals(Map<String, String> errors) {}

  /**
   * @param missing where to put a message per property the admission still needs
   */
  abstract void missing(Map<String, String> missing);
}
