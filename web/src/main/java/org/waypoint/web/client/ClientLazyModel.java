package org.waypoint.web.client;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;

/**
 * Pages and sorts a client table in the database through {@link ClientService}. A column's {@code
 * field} names the {@link ClientQuery.SortBy} it orders by; the filter comes from the screen.
 */
public class ClientLazyModel extends LazyDataModel<ClientProfile> {
  private static final long serialVersionUID = 1L;

  /** Where the model reads the screen's current filter. */
  public interface QuerySource extends Supplier<ClientQuery>, Serializable {}

  private final ClientService clients;
  private final QuerySource filter;

  /**
   * @param clients the client service (a serializable EJB reference)
   * @param filter the screen's current filter
   */
  public ClientLazyModel(ClientService clients, QuerySource filter) {
    this.clients = clients;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, clients.count(filter.get()));
  }

  @Override
  public List<ClientProfile> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    ClientQuery base = filter.get();
    ClientQuery query = base;
    for (SortMeta sort : sortBy.values()) {
      if (sort.getOrder() == SortOrder.UNSORTED) {
        continue;
      }
      query =
          base.orderedBy(
              sortColumn(sort.getField(), base.sortBy()), sort.getOrder() != SortOrder.DESCENDING);
      break;
    }
    return clients.search(query, first, pageSize);
  }

  private static ClientQuery.SortBy sortColumn(String field, ClientQuery.SortBy fallback) {
    for (ClientQuery.SortBy column : ClientQuery.SortBy.values()) {
      if (column.name().equals(field)) {
        return column;
      }
    }
    return fallback;
  }

  @Override
  public String getRowKey(ClientProfile client) {
    return Long.toString(client.id());
  }

  @Override
  public ClientProfile getRowData(String rowKey) {
    return getWrappedData() == null
        ? null
        : ((List<?>) getWrappedData())
            .stream()
                .map(ClientProfile.class::cast)
                .filter(c -> Long.toString(c.id()).equals(rowKey))
                .findFirst()
                .orElse(null);
  }
}
