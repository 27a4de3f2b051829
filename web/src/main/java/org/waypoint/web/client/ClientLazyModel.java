package org.waypoint.web.client;

import java.io.Serializable;
import java.util.Arrays;
import java.util.function.Supplier;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientQuery;
import org.waypoint.client.ClientService;
import org.waypoint.web.support.SortedList;

/**
 * A client table paged and sorted in the database through {@link ClientService}. A column's {@code
 * field} names the {@link ClientQuery.SortBy} it orders by.
 */
public class ClientLazyModel extends SortedList<ClientQuery, ClientProfile> {
  private static final long serialVersionUID = 1L;

  /** Where the model reads the screen's current filter. */
  public interface QuerySource extends Supplier<ClientQuery>, Serializable {}

  /**
   * @param clients the client service (a serializable EJB reference)
   * @param filter the screen's current filter
   */
  public ClientLazyModel(ClientService clients, QuerySource filter) {
    super(
        filter::get,
        (query, field, ascending) ->
            Arrays.stream(ClientQuery.SortBy.values())
                .filter(column -> column.name().equals(field))
                .findFirst()
                .map(column -> query.orderedBy(column, ascending))
                .orElse(query),
        clients::count,
        clients::search,
        client -> Long.toString(client.id()));
  }
}
