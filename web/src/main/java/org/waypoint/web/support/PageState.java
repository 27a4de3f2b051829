package org.waypoint.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.NotFoundException;

/**
 * What a page about one record can show: the record, "not found" (answered 404) or "not allowed"
 * (answered 403, with the reason the service gave). The one place a chart or editor opens its
 * record: {@code page = PageState.open(() -> ..., "checkIn.roleRefused")}, then {@code
 * #{view.page.ready}}, {@code #{view.page.notFound}}, {@code #{view.page.notAllowed}} and {@code
 * #{view.page.refusal}} in the page.
 */
public final class PageState implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Loads a page's record; may throw what the services throw. */
  @FunctionalInterface
  public interface Loader {
    /**
     * @throws NumberFormatException when the id in the address is no number
     */
    void load();
  }

  private enum Kind {
    READY,
    NOT_FOUND,
    NOT_ALLOWED
  }

  private final Kind kind;
  private final String refusal;

  private PageState(Kind kind, String refusal) {
    this.kind = kind;
    this.refusal = refusal;
  }

  /**
   * @param loader loads the record and whatever the page shows with it
   * @param roleRefusedKey the bundle key saying what the user's role does not allow, for a refusal
   *     by the container's role check
   * @return the page's state; the response status is set for "not found" and "not allowed"
   */
  public static PageState open(Loader loader, String roleRefusedKey) {
    try {
      loader.load();
      return new PageState(Kind.READY, null);
    } catch (NumberFormatException | NotFoundException e) {
      status(HttpServletResponse.SC_NOT_FOUND);
      return new PageState(Kind.NOT_FOUND, null);
    } catch (AccessDeniedException e) {
      status(HttpServletResponse.SC_FORBIDDEN);
      return new PageState(Kind.NOT_ALLOWED, e.getMessage());
    } catch (EJBAccessException e) {
      status(HttpServletResponse.SC_FORBIDDEN);
      return new PageState(Kind.NOT_ALLOWED, Text.of(roleRefusedKey));
    }
  }

  /**
   * @param id the id typed in the address, e.g. {@code "42"} or {@code " 42 "}
   * @return it as a number
   * @throws NumberFormatException when it is none (the page then says "not found")
   */
  public static long id(String id) {
    return Long.parseLong(id == null ? "" : id.strip());
  }

  public boolean isReady() {
    return kind == Kind.READY;
  }

  public boolean isNotFound() {
    return kind == Kind.NOT_FOUND;
  }

  public boolean isNotAllowed() {
    return kind == Kind.NOT_ALLOWED;
  }

  /**
   * @return why the record is not allowed, safe to show; {@code null} otherwise
   */
  public String getRefusal() {
    return refusal;
  }

  private static void status(int code) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getExternalContext().setResponseStatus(code);
    }
  }
}
