package org.waypoint.web.audit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Supplier;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;
import org.waypoint.web.support.SortedList;

/**
 * The audit screen's table, paged and sorted in the database through {@link AuditTrail}. A column's
 * {@code field} names the {@link AuditQuery.SortBy} it orders by.
 */
public class AuditLazyModel extends SortedList<AuditQuery, AuditRow> {
  private static final long serialVersionUID = 1L;

  /** Where the model reads the screen's current filter. */
  public interface QuerySource extends Supplier<AuditQuery>, Serializable {}

  /**
   * @param trail the audit trail (a serializable EJB reference)
   * @param filter the screen's current filter
   */
  public AuditLazyModel(AuditTrail trail, QuerySource filter) {
    super(
        filter::get,
        (query, field, ascending) ->
            Arrays.stream(AuditQuery.SortBy.values())
                .filter(column -> column.name().equals(field))
                .findFirst()
                .map(column -> query.orderedBy(column, ascending))
                .orElse(query),
        trail::count,
        trail::search,
        row -> Long.toString(row.id()));
  }
}
