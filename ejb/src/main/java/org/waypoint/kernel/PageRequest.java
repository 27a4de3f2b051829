package org.waypoint.kernel;

import jakarta.persistence.TypedQuery;

/**
 * One page of a list as a screen asks for it, clamped once for every service: the first row is
 * never negative, and a page holds at least one row and at most the list's own limit ({@link
 * #MAX_SIZE} unless the list says otherwise).
 *
 * @param first the index of the first row, from 0
 * @param size how many rows, 1 to the list's limit
 */
public record PageRequest(int first, int size) {

  /** The most rows one page of a list may ask for, unless the list sets its own limit. */
  public static final int MAX_SIZE = 100;

  /**
   * @param first the index of the first row, as asked
   * @param size the number of rows, as asked
   * @return the page, at most {@link #MAX_SIZE} rows
   */
  public static PageRequest of(int first, int size) {
    return of(first, size, MAX_SIZE);
  }

  /**
   * @param first the index of the first row, as asked
   * @param size the number of rows, as asked
   * @param max the most rows this list gives on one page
   * @return the page, at most {@code max} rows
   */
  public static PageRequest of(int first, int size, int max) {
    return new PageRequest(Math.max(0, first), Math.max(1, Math.min(size, max)));
  }

  /**
   * @param <T> the row type
   * @param query a query in a stable order
   * @return the query, limited to this page
   */
  public <T> TypedQuery<T> applyTo(TypedQuery<T> query) {
    return query.setFirstResult(first).setMaxResults(size);
  }
}
