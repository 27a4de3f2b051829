package org.waypoint.web.security;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Checks a form's script nonce as soon as its view is restored, before anything of the form is
 * processed. PrimeFaces compares the {@code primefaces.nonce} a postback sends with its view's only
 * when it renders the answer, after the action has run, and answers a mismatch with a server error;
 * here a missing or foreign nonce throws first, and {@link RedirectingExceptionHandler} answers it
 * like a form whose view has gone. Registered in faces-config.xml.
 */
public class ScriptNonceCheck implements PhaseListener {
  private static final long serialVersionUID = 1L;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext context = event.getFacesContext();
    if (context.getViewRoot() != null
        && !context.getResponseComplete()
        && (context.isPostback() || context.getPartialViewContext().isAjaxRequest())
        && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
      // throws CspException when the request's nonce is not the view's
      PrimeFacesContext.getCspState(context).getNonce();
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // the view is not restored yet
  }
}
