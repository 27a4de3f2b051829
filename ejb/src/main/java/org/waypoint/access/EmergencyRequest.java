package org.waypoint.access;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a user gives to open a chart in an emergency. */
public class EmergencyRequest implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull(message = "Choose why you need this chart.")
  private EmergencyReason reason;

  @NotBlank(message = "Say in a few words what is happening.")
  @Size(min = 10, max = 500, message = "Use 10 to 500 characters.")
  private String details;

  @AssertTrue(message = "Confirm that you understand this access is recorded and reviewed.")
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
    this.details = details == null ? null : details.strip();
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }
}
