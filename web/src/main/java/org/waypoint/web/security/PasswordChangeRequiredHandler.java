package org.waypoint.web.security;

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
import org.waypoint.kernel.PasswordChangeRequiredException;

/**
 * Sends a user to the password page, Ajax or not, when a service refused their call with {@link
 * PasswordChangeRequiredException}: their password was reset by an administrator while they were
 * signed in, or a request got past {@link PasswordChangeFilter}. From then on the filter holds them
 * there until they chose their own password. Never the "Something went wrong" page.
 */
public class PasswordChangeRequiredHandler extends ExceptionHandlerWrapper {

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
      return new PasswordChangeRequiredHandler(getWrapped().getExceptionHandler());
    }
  }

  /**
   * @param wrapped the handler that deals with every other exception
   */
  public PasswordChangeRequiredHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Throwable thrown = events.next().getContext().getException();
      if (PasswordChangeFilter.requiredBy(thrown)
          && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        redirect(faces);
        // one redirect answers the request; nothing else on this page is shown to the user
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        break;
      }
    }
    getWrapped().handle();
  }

  private static void redirect(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    PasswordChangeFilter.hold((HttpServletRequest) external.getRequest());
    try {
      external.redirect(external.getRequestContextPath() + PasswordChangeFilter.PAGE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
