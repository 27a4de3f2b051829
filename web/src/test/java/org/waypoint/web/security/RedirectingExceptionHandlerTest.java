package org.waypoint.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;
import org.waypoint.kernel.PasswordChangeRequiredException;
import org.waypoint.web.security.RedirectingExceptionHandler.Redirect;

/** Which exceptions are answered with which redirect, however deep in the cause chain. */
class RedirectingExceptionHandlerTest {

  @Test
  void anExpiredViewGoesToTheExpiredPageEvenWhenWrapped() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/clients/chart.xhtml");
    assertEquals(Optional.of(Redirect.EXPIRED_VIEW), Redirect.of(expired));
    assertEquals(
        Optional.of(Redirect.EXPIRED_VIEW),
        Redirect.of(new ServletException(new FacesException(expired))));
  }

  @Test
  void aFormWithAForeignScriptNonceIsAnsweredAsAnExpiredView() {
    assertEquals(
        Optional.of(Redirect.EXPIRED_VIEW),
        Redirect.of(new FacesException(new CspException("nonce mismatch"))));
  }

  @Test
  void aServiceDemandingANewPasswordGoesToThePasswordPage() {
    EJBException refused = new EJBException(new PasswordChangeRequiredException("CheckIns.record"));
    assertEquals(Optional.of(Redirect.PASSWORD_CHANGE), Redirect.of(new FacesException(refused)));
  }

  @Test
  void everyOtherExceptionIsLeftToTheErrorPage() {
    assertEquals(Optional.empty(), Redirect.of(new IllegalStateException("a real fault")));
    assertEquals(
        Optional.empty(), Redirect.of(new FacesException(new NullPointerException("bug"))));
  }
}
