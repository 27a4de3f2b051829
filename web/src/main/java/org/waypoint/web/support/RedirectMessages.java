package org.waypoint.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Carries a message across a redirect to the one page request that the redirect leads to.
 *
 * <p>Faces' flash hands its messages to whichever request of the session comes next. After a save,
 * that is not always the page the redirect leads to: an autosave the form still had queued, another
 * tab or an idle check can come first and take the message, so the user never reads "Check-in
 * recorded" or "Signed". Here the message is kept in the session under a random token, the redirect
 * names the token in the page's address ({@value #PARAM}), and only a page request with that token
 * takes the message (once). The page's script then removes the token from the address bar.
 */
public final class RedirectMessages implements PhaseListener {
  @Serial private static final long serialVersionUID = 1L;

  /** The request parameter naming the kept message. */
  static final String PARAM = "done";

  /**
   * A message whose page never came is dropped, after this long, when the session keeps another.
   */
  static final Duration KEPT_FOR = Duration.ofMinutes(10);

  private static final String PREFIX = RedirectMessages.class.getName() + ".";

  /**
   * Keeps a message for the page a redirect leads to.
   *
   * @param path the page, from the application's root, with or without a query
   * @param message the message for the top of that page
   * @return the path with the token that lets that page, and no other request, show the message
   */
  static String keep(String path, String message) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    Map<String, Object> session = external.getSessionMap();
    Instant now = Instant.now();
    List.copyOf(session.keySet()).stream()
        .filter(key -> key.startsWith(PREFIX))
        .filter(
            key -> session.get(key) instanceof Kept kept && kept.at().isBefore(now.minus(KEPT_FOR)))
        .forEach(session::remove);
    String token = UUID.randomUUID().toString();
    session.put(PREFIX + token, new Kept(message, now));
    return withToken(path, token);
  }

  /**
   * @param path a path, perhaps with a query and a fragment
   * @param token the kept message's token
   * @return the path with the token added to its query, before any fragment
   */
  static String withToken(String path, String token) {
    int hash = path.indexOf('#');
    String page = hash < 0 ? path : path.substring(0, hash);
    String fragment = hash < 0 ? "" : path.substring(hash);
    return page + (page.contains("?") ? "&" : "?") + PARAM + "=" + token + fragment;
  }

  /** On a page request (not a postback) naming a kept message: shows it, and forgets it. */
  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (faces.isPostback()) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    String token = external.getRequestParameterMap().get(PARAM);
    if (token == null || external.getSession(false) == null) {
      return;
    }
    // forgotten as it is read: a reload of the page does not show it again
    if (external.getSessionMap().remove(PREFIX + token) instanceof Kept kept) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, kept.message(), null));
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  /** A message waiting for its page, and when it began to wait. */
  private record Kept(String message, Instant at) implements Serializable {}
}
