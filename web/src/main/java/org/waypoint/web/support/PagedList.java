package org.waypoint.web.support;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table that pages on the server in a fixed order, fed by a service's count and page methods.
 *
 * @param <T> the row type
 */
public class PagedList<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** Counts the rows. */
  public interface Counter extends Serializable {
    /**
     * @return how many rows there are
     */
    long count();
  }

  /**
   * Loads one page.
   *
   * @param <T> the row type
   */
  public interface Loader<T> extends Serializable {
    /**
     * @param first the index of the first row
     * @param pageSize how many rows
     * @return the page
     */
    List<T> load(int first, int pageSize);
  }

  /**
   * Names a row.
   *
   * @param <T> the row type
   */
  public interface Key<T> extends Serializable {
    /**
     * @param row a row
     * @return its key
     */
    String of(T row);
  }

  private final Counter counter;
  private final Loader<T> loader;
  private final Key<T> key;

  /**
   * @param counter counts the rows
   * @param loader loads a page
   * @param key names a row
   */
  public PagedList(Counter counter, Loader<T> loader, Key<T> key) {
    this.counter = counter;
    this.loader = loader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return loader.load(first, pageSize);
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
