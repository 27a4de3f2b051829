package org.waypoint.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an audit list shows: events filtered by client, user, action and period, in an order.
 *
 * @param clientId only this client's events, or {@code null}
 * @param username only this user's events (exact username), or {@code null}
 * @param action only this action, or {@code null}
 * @param from from this day on (in the center's time zone), or {@code null}
 * @param to up to and including this day, or {@code null}
 * @param sortBy the column to order by
 * @param ascending the direction
 */
public record AuditQuery(
    Long clientId,
    String username,
    AuditAction action,
    LocalDate from,
    LocalDate to,
    SortBy sortBy,
    boolean ascending)
    implements Serializable {

  /** The columns an audit list can be ordered by. */
  public enum SortBy {
    TIME,
    USER,
    ACTION,
    OUTCOME,
    CLIENT,
    DETAIL,
    FROM
  }

  /** Newest first unless another order is asked for; a blank username means any user. */
  public AuditQuery {
    sortBy = sortBy == null ? SortBy.TIME : sortBy;
    username = username == null || username.isBlank() ? null : username.strip();
  }

  /**
   * @param sortBy the column
   * @param ascending the direction
   * @return this filter in another order
   */
  public AuditQuery orderedBy(SortBy sortBy, boolean ascending) {
    return new AuditQuery(clientId, username, action, from, to, sortBy, ascending);
  }
}
