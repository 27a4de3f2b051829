package org.waypoint.access;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.waypoint.kernel.PlainText;

/** What a user gives to open a chart in an emergency. */
public class EmergencyRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "{access.reason.required}")
  private EmergencyReason reason;

  @NotBlank(message = "{access.details.required}")
  @Size(min = 10, max = 500, message = "{access.details.size}")
  @PlainText
  private String details;

  @AssertTrue(message = "{access.confirmed.confirmed}")
  private boolean confirmed;

  public EmergencyReason getReason() {
    return reason;
  }

  public void setReason(EmergencyReason reason) {
    this.reason = reason;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = PlainText.Validator.asTyped(details);
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
