package org.waypoint.client;

import java.io.Serializable;

/**
 * What a client list shows: a filter and an order. The filter text matches an MRN, a date of birth
 * (MM/DD/YYYY or YYYY-MM-DD) or the beginnings of words of a legal or preferred name, whatever
 * their case and accents; sorting is only by the columns named in {@link SortBy}.
 *
 * @param text words of a name, an MRN or a date of birth; {@code null} or blank for all
 * @param programId only this program, or {@code null}
 * @param status only this status, or {@code null}
 * @param ownCaseloadOnly only clients whose primary clinician is the caller, whatever else the
 *     caller may see (a supervisor who also carries a caseload)
 * @param sortBy the column to order by
 * @param ascending the direction
 */
public record ClientQuery(
    String text,
    Long programId,
    ClientStatus status,
    boolean ownCaseloadOnly,
    SortBy sortBy,
    boolean ascending)
    implements Serializable {

  /** The columns a client list can be ordered by. */
  public enum SortBy {
    NAME,
    MRN,
    DATE_OF_BIRTH,
    PROGRAM,
    STATUS,
    ADMISSION_DATE,
    CLINICIAN,
    RISK_LEVEL
  }

  /** Defaults to ordering by name. */
  public ClientQuery {
    sortBy = sortBy == null ? SortBy.NAME : sortBy;
  }

  /**
   * A query over every client the caller may see.
   *
   * @param text words of a name, or an MRN; {@code null} or blank for all
   * @param programId only this program, or {@code null}
   * @param status only this status, or {@code null}
   * @param sortBy the column to order by
   * @param ascending the direction
   */
  public ClientQuery(
      String text, Long programId, ClientStatus status, SortBy sortBy, boolean ascending) {
    this(text, programId, status, false, sortBy, ascending);
  }

  /**
   * @return every client the caller may see, by name
   */
  public static ClientQuery all() {
    return new ClientQuery(null, null, null, SortBy.NAME, true);
  }

  /**
   * @param status only this status, or {@code null}
   * @return the caller's own caseload, by name
   */
  public static ClientQuery ownCaseload(ClientStatus status) {
    return new ClientQuery(null, null, status, true, SortBy.NAME, true);
  }

  /**
   * @param sortBy the column to order by
   * @param ascending the direction
   * @return this filter in another order
   */
  public ClientQuery orderedBy(SortBy sortBy, boolean ascending) {
    return new ClientQuery(text, programId, status, ownCaseloadOnly, sortBy, ascending);
  }
}
