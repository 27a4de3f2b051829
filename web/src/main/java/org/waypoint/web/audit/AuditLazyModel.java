package org.waypoint.web.audit;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.waypoint.audit.AuditQuery;
import org.waypoint.audit.AuditRow;
import org.waypoint.audit.AuditTrail;

/** Pages and sorts the audit screen's table in the database through {@link AuditTrail}. */
public class AuditLazyModel extends LazyDataModel<AuditRow> {
  private static final long serialVersionUID = 1L;

  /** Where the model reads the screen's current filter. */
  public interface QuerySource extends Supplier<AuditQuery>, Serializable {}

  private final AuditTrail trail;
  private final QuerySource filter;

  /**
   * @param trail the audit trail (a serializable EJB reference)
   * @param filter the screen's current filter
   */
  public AuditLazyModel(AuditTrail trail, QuerySource filter) {
    this.trail = trail;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, trail.count(filter.get()));
  }

  @Override
  public List<AuditRow> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    AuditQuery query = filter.get();
    for (SortMeta sort : sortBy.values()) {
      if (sort.getOrder() != SortOrder.UNSORTED) {
        for (AuditQuery.SortBy column : AuditQuery.SortBy.values()) {
          if (column.name().equals(sort.getField())) {
            query = query.orderedBy(column, sort.getOrder() != SortOrder.DESCENDING);
          }
        }
        break;
      }
    }
    return trail.search(query, first, pageSize);
  }

  @Override
  public String getRowKey(AuditRow row) {
    return Long.toString(row.id());
  }

  @Override
  public AuditRow getRowData(String rowKey) {
    return null; // rows are not selectable
  }
}
