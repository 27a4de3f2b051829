package org.waypoint.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A table that pages and sorts on the server: the screen supplies a query, a column's {@code field}
 * names how to order it, and a service counts and loads the page.
 *
 * @param <Q> the query type, e.g. {@code ClientQuery}
 * @param <T> the row type
 */
public class SortedList<Q, T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Supplies the screen's current query.
   *
   * @param <Q> the query type
   */
  public interface QuerySource<Q> extends Supplier<Q>, Serializable {}

  /**
   * Orders a query by a column's field name.
   *
   * @param <Q> the query type
   */
  public interface Sorter<Q> extends Serializable {
    /**
     * @param query the query
     * @param field the column's field, e.g. {@code NAME}
     * @param ascending the direction
     * @return the query in that order, or as it was for an unknown field
     */
    Q sort(Q query, String field, boolean ascending);
  }

  /**
   * Counts a query's rows.
   *
   * @param <Q> the query type
   */
  public interface Counter<Q> extends Serializable {
    /**
     * @param query the query
     * @return how many rows match
     */
    long count(Q query);
  }

  /**
   * Loads one page of a query.
   *
   * @param <Q> the query type
   * @param <T> the row type
   */
  public interface Loader<Q, T> extends Serializable {
    /**
     * @param query the query
     * @param first the index of the first row
     * @param pageSize how many rows
     * @return the page
     */
    List<T> load(Q query, int first, int pageSize);
  }

  private final QuerySource<Q> source;
  private final Sorter<Q> sorter;
  private final Counter<Q> counter;
  private final Loader<Q, T> loader;
  private final PagedList.Key<T> key;

  /**
   * @param source the screen's current query
   * @param sorter orders a query by a column
   * @param counter counts a query's rows
   * @param loader loads a page
   * @param key names a row
   */
  public SortedList(
      QuerySource<Q> source,
      Sorter<Q> sorter,
      Counter<Q> counter,
      Loader<Q, T> loader,
      PagedList.Key<T> key) {
    this.source = source;
    this.sorter = sorter;
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count(source.get()));
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    Q query = source.get();
    for (SortMeta sort : sortBy.values()) {
      if (sort.getOrder() != SortOrder.UNSORTED) {
        query = sorter.sort(query, sort.getField(), sort.getOrder() != SortOrder.DESCENDING);
        break;
      }
    }
    return loader.load(query, first, pageSize);
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return null; // rows are not selectable
  }
}
