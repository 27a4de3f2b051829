package org.waypoint.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * When a form's values are refused before any action runs (a date that is not a date, a value
 * against a field's constraint), says at the top of the page how many fields need attention and
 * that nothing was saved, as {@link FormMessages#showFieldErrors} does for refusals by a service.
 */
public class ValidationSummary implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isValidationFailed() || !faces.getMessageList(null).isEmpty()) {
      return;
    }
    long fields =
        faces.getMessageList().stream()
            .filter(m -> m.getSeverity() == FacesMessage.SEVERITY_ERROR)
            .count();
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FormMessages.summary(fields), null));
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }
}
