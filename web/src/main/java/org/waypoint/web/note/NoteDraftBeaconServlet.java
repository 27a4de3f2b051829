package org.waypoint.web.note;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.NotFoundException;
import org.waypoint.note.DraftSaved;
import org.waypoint.note.NoteContent;
import org.waypoint.note.NoteService;

/**
 * {@code POST /note-draft/{noteId}}: keeps a draft that the editor's script sends when the page is
 * hidden or closed ({@code navigator.sendBeacon}) or when a lost connection comes back,
 * form-encoded as {@link NoteDraftFields} describes. The signed-in user saves it as their own draft
 * through {@link NoteService#saveDraft}, which checks access and refuses a save over another one.
 * Answers 204 when kept, 409 when the draft was saved elsewhere meanwhile (nothing kept), 422 when
 * a field is refused, 400 for a request that cannot be read, 403 for another site or no access, 404
 * for no such note.
 */
@WebServlet("/note-draft/*")
public class NoteDraftBeaconServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Logger LOG = Logger.getLogger(NoteDraftBeaconServlet.class.getName());

  /**
   * The session attribute, followed by the note's id, in which the last beacon save of a note is
   * remembered as "token version": the editor page that sent it knows that save as its own.
   */
  static final String SAVED_BY_PAGE = "waypoint.noteDraft.";

  @EJB private transient NoteService notes;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!sameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    request.setCharacterEncoding("UTF-8");
    long noteId;
    long version;
    NoteContent content;
    try {
      String path = request.getPathInfo();
      noteId = Long.parseLong(path == null ? "" : path.substring(1));
      version = Long.parseLong(String.valueOf(request.getParameter(NoteDraftFields.VERSION)));
      content = NoteDraftFields.read(request::getParameter, request::getParameterValues);
    } catch (IllegalArgumentException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    String token = request.getParameter(NoteDraftFields.TOKEN);
    HttpSession session = request.getSession(false);
    try {
      DraftSaved saved = save(noteId, version, content, token, session);
      if (saved.conflict()) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return;
      }
      if (token != null && session != null) {
        session.setAttribute(SAVED_BY_PAGE + noteId, token + " " + saved.version());
      }
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    } catch (InvalidInputException e) {
      response.setStatus(422);
    } catch (NotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
    } catch (AccessDeniedException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Keeping a note draft sent by the page failed", e);
      response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }
  }

  /**
   * Saves the draft. The page's last Ajax save may still be on its way when the page is closed: a
   * save met that the same page made (its token and that version in the session) is the page's own
   * earlier state, and the beacon, sent later, goes on from it. Two saves at the same moment retry
   * once the other is done.
   */
  private DraftSaved save(
      long noteId, long version, NoteContent content, String token, HttpSession session) {
    long basedOn = version;
    RuntimeException failed = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      DraftSaved saved;
      try {
        saved = notes.saveDraft(noteId, basedOn, content);
      } catch (EJBAccessException e) {
        throw e;
      } catch (jakarta.ejb.EJBException e) {
        failed = e; // another save committed meanwhile: try again against it
        continue;
      }
      Object mark = session == null ? null : session.getAttribute(SAVED_BY_PAGE + noteId);
      if (saved.conflict()
          && token != null
          && (token + " " + saved.version()).equals(mark)
          && saved.version() != basedOn) {
        basedOn = saved.version();
        continue;
      }
      return saved;
    }
    if (failed != null) {
      throw failed;
    }
    return notes.saveDraft(noteId, basedOn, content);
  }

  /** A beacon comes from Waypoint's own page: another site's Origin is refused. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null || origin.isBlank()) {
      return true; // same-origin requests of some browsers carry none; the cookie is
      // SameSite=Strict
    }
    try {
      URI from = URI.create(origin.strip());
      int port =
          from.getPort() == -1 ? ("https".equals(from.getScheme()) ? 443 : 80) : from.getPort();
      return request.getScheme().equalsIgnoreCase(from.getScheme())
          && request.getServerName().equalsIgnoreCase(from.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
