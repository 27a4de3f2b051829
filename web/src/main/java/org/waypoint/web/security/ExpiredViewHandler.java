package org.waypoint.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import org.primefaces.csp.CspException;

/**
 * Sends a form submitted to a view that no longer exists (a {@link ViewExpiredException}: the tab
 * was left open while the session was renewed, or the view was pushed out by many others) to {@code
 * /expired?return=/that/page}, Ajax or not, instead of the "Something went wrong" page. A
 * submission without any session never gets this far: {@link WaypointAuthentication} sends it to
 * the same page. So does a form whose script nonce is not its view's ({@link ScriptNonceCheck}): a
 * form this page never sent, which is not processed.
 *
 * <p>web.xml maps {@code ViewExpiredException} to an error page too, but the container never used
 * it: Faces hands the container a {@code ServletException} wrapping the exception, and the
 * container matches the wrapper against {@code java.lang.Throwable} (the 500 page) before it looks
 * at the cause. An Ajax request would not reach an error page at all.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    /**
     * @param wrapped the factory this one wraps
     */
    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }

  /**
   * @param wrapped the handler that deals with every other exception
   */
  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (expired(thrown) && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        redirect(faces);
        // one redirect answers the request; anything else queued belongs to the expired view
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        break;
      }
    }
    getWrapped().handle();
  }

  private static boolean expired(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  private static void redirect(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<String> back = ReturnPath.of(request);
    if (back.isEmpty()) {
      // the sign-in or expired page itself expired: keep the way back it carried
      back = ReturnPath.of(request.getParameter(ReturnPath.PARAMETER));
    }
    try {
      external.redirect(external.getRequestContextPath() + ReturnPath.withReturn("/expired", back));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
