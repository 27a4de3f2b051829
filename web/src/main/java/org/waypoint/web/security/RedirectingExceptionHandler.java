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
import java.util.function.Function;
import java.util.function.Predicate;
import org.primefaces.csp.CspException;
import org.waypoint.kernel.PasswordChangeRequiredException;

/**
 * Answers the exceptions that mean "this page cannot go on, but nothing is wrong" with a redirect,
 * Ajax or not, instead of the "Something went wrong" page: each {@link Redirect} names the
 * exception it recognises (anywhere in the cause chain) and the page it sends the user to. Every
 * other exception goes on to the wrapped handler.
 *
 * <p>web.xml maps {@code ViewExpiredException} to an error page too, but the container never used
 * it: Faces hands the container a {@code ServletException} wrapping the exception, and the
 * container matches the wrapper against {@code java.lang.Throwable} (the 500 page) before it looks
 * at the cause. An Ajax request would not reach an error page at all.
 */
public class RedirectingExceptionHandler extends ExceptionHandlerWrapper {

  /** The exceptions answered with a redirect, and where each one goes. */
  enum Redirect {

    /**
     * A service refused the call with {@link PasswordChangeRequiredException}: the user's password
     * was reset by an administrator while they were signed in, or a request got past {@link
     * PasswordChangeFilter}. The session is held on the password page until they choose their own.
     */
    PASSWORD_CHANGE(
        PasswordChangeFilter::requiredBy,
        request -> {
          PasswordChangeFilter.hold(request);
          return PasswordChangeFilter.PAGE;
        }),

    /**
     * A form submitted to a view that no longer exists (the tab was left open while the session was
     * renewed, or the view was pushed out by many others) goes to {@code
     * /expired?return=/that/page}. A submission without any session never gets this far: {@link
     * WaypointAuthentication} sends it to the same page. So does a form whose script nonce is not
     * its view's ({@link ScriptNonceCheck}): a form this page never sent, which is not processed.
     */
    EXPIRED_VIEW(
        thrown ->
            causedBy(thrown, ViewExpiredException.class) || causedBy(thrown, CspException.class),
        request -> {
          Optional<String> back = ReturnPath.of(request);
          if (back.isEmpty()) {
            // the sign-in or expired page itself expired: keep the way back it carried
            back = ReturnPath.of(request.getParameter(ReturnPath.PARAMETER));
          }
          return ReturnPath.withReturn("/expired", back);
        });

    private final Predicate<Throwable> recognises;
    private final Function<HttpServletRequest, String> page;

    Redirect(Predicate<Throwable> recognises, Function<HttpServletRequest, String> page) {
      this.recognises = recognises;
      this.page = page;
    }

    /**
     * @param thrown an exception queued while a request was processed
     * @return the redirect that answers it, if any
     */
    static Optional<Redirect> of(Throwable thrown) {
      for (Redirect redirect : values()) {
        if (redirect.recognises.test(thrown)) {
          return Optional.of(redirect);
        }
      }
      return Optional.empty();
    }
  }

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
      return new RedirectingExceptionHandler(getWrapped().getExceptionHandler());
    }
  }

  /**
   * @param wrapped the handler that deals with every other exception
   */
  public RedirectingExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      Optional<Redirect> redirect = Redirect.of(events.next().getContext().getException());
      if (redirect.isPresent() && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        send(faces, redirect.get());
        // one redirect answers the request; anything else queued belongs to the page left behind
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        break;
      }
    }
    getWrapped().handle();
  }

  static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static void send(FacesContext faces, Redirect redirect) {
    ExternalContext external = faces.getExternalContext();
    String page = redirect.page.apply((HttpServletRequest) external.getRequest());
    try {
      external.redirect(external.getRequestContextPath() + page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
