package org.waypoint.precaution;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.waypoint.kernel.PlainText;

/** What staff type to start a precaution. Times are the center's local time. */
@ConsistentPrecaution
public class PrecautionRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{precaution.kind.required}")
  private PrecautionKind kind;

  private ObservationLevel observationLevel;

  @Size(max = 500, message = "{common.size.max}")
  @PlainText
  private String details;

  private LocalDateTime until;

  public PrecautionKind getKind() {
    return kind;
  }

  public void setKind(PrecautionKind kind) {
    this.kind = kind;
  }

  public ObservationLevel getObservationLevel() {
    return observationLevel;
  }

  public void setObservationLevel(ObservationLevel observationLevel) {
    this.observationLevel = observationLevel;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = PlainText.Validator.asTyped(details);
  }

  public LocalDateTime getUntil() {
    return until;
  }

  public void setUntil(LocalDateTime until) {
    this.until = until;
  }
}
