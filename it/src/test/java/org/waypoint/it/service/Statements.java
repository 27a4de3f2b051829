package org.waypoint.it.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.waypoint.it.support.Services;

/**
 * Counts the SQL statements an action makes Hibernate prepare, through the statistics of the
 * application's own persistence unit ({@code waypoint}). Statement-count tests use it to show that
 * a read issues as many statements with many rows as with few:
 *
 * <pre>{@code
 * @Deployment
 * static EnterpriseArchive deployment() {
 *   return Deployments.waypointWithTests(MyIT.class, Staff.class, Statements.class, ...);
 * }
 *
 * int before = Statements.count(() -> Staff.CLINICIAN.call(() -> service.read(id)));
 * // ... add the rows that would make an N+1 visible ...
 * int after = Statements.count(() -> Staff.CLINICIAN.call(() -> service.read(id)));
 * assertEquals(before, after);
 * }</pre>
 *
 * <p>Include {@code Statements.class} in the test deployment (it is a singleton bean of the test
 * module; its nested {@link Action} comes with it). The action runs in the caller's thread, outside
 * any transaction (as a screen calls a service), so each service call it makes has its own
 * transaction, exactly as in production; use {@link Staff#call} inside it for the caller.
 *
 * <p><b>Background work.</b> Hibernate's statistics count every thread's statements. Two timers of
 * the application can run while a test measures: {@code DischargeTimer} (minute 5 of each hour) and
 * {@code AuditCheck} (minute 7, which reads the whole audit trail). Nothing else in the application
 * runs by itself (no asynchronous methods, executors or message beans). So {@link #count} runs the
 * action repeatedly until two runs in a row agree, and returns that count: a timer fires at most
 * once in a minute and only ever adds statements, so it cannot make two consecutive runs agree on a
 * wrong number. This also absorbs a first run that warms a cache. The action must therefore be
 * repeatable with the same effect on the count: a read (audited reads write their audit row each
 * time, which is the same every time), not a write that changes what the next run finds.
 * Measurements are serialized (one at a time), and statistics are switched off again after each one
 * unless they were already on.
 */
@Singleton
@Lock(LockType.WRITE)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Statements {

  /** How many runs at most before giving up on two that agree. */
  static final int MAX_RUNS = 6;

  /** An action to measure; unlike {@link Runnable} it may throw (as {@link Staff#call} does). */
  @FunctionalInterface
  public interface Action {
    /**
     * Does the work to be measured.
     *
     * @throws Exception whatever the work threw (the measurement fails with it)
     */
    void run() throws Exception;
  }

  @PersistenceUnit(unitName = "waypoint")
  private EntityManagerFactory emf;

  /**
   * @param action a repeatable action (typically a read through a service, as a signed-in role)
   * @return the number of JDBC statements Hibernate prepared for one run of it, agreed by two runs
   *     in a row
   * @throws Exception what the action threw
   */
  public static int count(Action action) throws Exception {
    return Services.lookup(
            "java:global/waypoint/waypoint-it/Statements!" + Statements.class.getName(),
            Statements.class)
        .measure(action);
  }

  /**
   * The bean's side of {@link #count}; call {@link #count} instead.
   *
   * @param action a repeatable action
   * @return the statements of one run, agreed by two runs in a row
   * @throws Exception what the action threw
   */
  public int measure(Action action) throws Exception {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    boolean wasOn = statistics.isStatisticsEnabled();
    statistics.setStatisticsEnabled(true);
    List<Long> runs = new ArrayList<>();
    try {
      for (int i = 0; i < MAX_RUNS; i++) {
        statistics.clear();
        action.run();
        long count = statistics.getPrepareStatementCount();
        if (!runs.isEmpty() && runs.get(runs.size() - 1) == count) {
          return Math.toIntExact(count);
        }
        runs.add(count);
      }
    } finally {
      statistics.setStatisticsEnabled(wasOn);
    }
    throw new IllegalStateException(
        "No two runs in a row issued the same number of statements: " + runs);
  }
}
