package org.waypoint.web.support;

import jakarta.ejb.EJBAccessException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ConflictException;
import org.waypoint.kernel.InvalidInputException;

/**
 * The one way a form saves: run the service call; a refusal of fields puts each message next to its
 * field, a refusal by role or by the access rules says so at the top, and a failure is logged and
 * said in the form's own words. A save over someone else's newer save is refused in words (a
 * service's {@link ConflictException}, or the database's version check). In every case the view
 * keeps what the user typed.
 *
 * <pre>{@code
 * if (SaveAttempt.of(FORM, "checkIn.save").run(() -> recorded = checkIns.record(id, answers))) {
 *   FormMessages.redirectWithMessage(...);
 * }
 * }</pre>
 *
 * The keys are the prefix plus {@code .roleRefused} and {@code .failed} in {@code
 * Messages.properties}; a failure because the database cannot be reached is worded once for every
 * form, {@code save.databaseUnavailable}.
 */
public final class SaveAttempt {

  private static final Logger LOG = Logger.getLogger(SaveAttempt.class.getName());

  /** What the persistence layer throws for a save over a newer version of a row. */
  private static final java.util.Set<String> STALE =
      java.util.Set.of(
          "jakarta.persistence.OptimisticLockException",
          "org.hibernate.StaleStateException",
          "org.hibernate.StaleObjectStateException");

  /** The service call a form makes. */
  @FunctionalInterface
  public interface Action {
    /** Calls the service. */
    void run() throws Exception;
  }

  private final String formId;
  private final String keyPrefix;

  private SaveAttempt(String formId, String keyPrefix) {
    this.formId = formId;
    this.keyPrefix = keyPrefix;
  }

  /**
   * @param formId the id of the form whose fields the messages go next to
   * @param keyPrefix the bundle prefix of the form's messages, e.g. {@code checkIn.save}
   * @return the attempt, ready to run
   */
  public static SaveAttempt of(String formId, String keyPrefix) {
    return new SaveAttempt(formId, keyPrefix);
  }

  /**
   * @param action the service call
   * @return whether it succeeded; when not, the page shows why and nothing was saved
   */
  public boolean run(Action action) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException e) {
      FormMessages.showFieldErrors(formId, e.fieldErrors());
    } catch (AccessDeniedException e) {
      FormMessages.showError(e.getMessage());
    } catch (EJBAccessException e) {
      FormMessages.showError(Text.of(keyPrefix + ".roleRefused"));
    } catch (ConflictException e) {
      FormMessages.showError(e.getMessage());
    } catch (Exception e) {
      if (isStaleSave(e)) {
        // a save over a newer one that no service check caught: the database's version refused it
        LOG.log(Level.INFO, keyPrefix + " met a newer save", e);
        FormMessages.showError(Text.of("form.conflict"));
      } else {
        failed(e);
      }
    }
    return false;
  }

  /**
   * Logs a failure and words it: the database out of reach has a message of its own (nothing was
   * saved, what was typed is still here, save again once it is back), any other failure the form's.
   */
  private void failed(Exception e) {
    if (databaseUnreachable(e)) {
      LOG.log(Level.WARNING, keyPrefix + " failed: the database cannot be reached", e);
      FormMessages.showError(Text.of("save.databaseUnavailable"));
    } else {
      LOG.log(Level.SEVERE, keyPrefix + " failed", e);
      FormMessages.showError(Text.of(keyPrefix + ".failed"));
    }
  }

  /**
   * @param failure what a service call threw
   * @return whether it failed because no connection to the database could be had or kept: a
   *     connection refused, or an SQL state of class 08 (connection exception) anywhere in its
   *     causes
   */
  static boolean databaseUnreachable(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof ConnectException || t instanceof SQLTransientConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
          return true;
        }
        if (sql.getNextException() != null) {
          todo.add(sql.getNextException());
        }
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(Arrays.asList(t.getSuppressed()));
    }
    return false;
  }

  /** Whether a failure is the database refusing a save over a newer version of the row. */
  static boolean isStaleSave(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      // by name: views use no JPA (ViewLayerTest)
      if (STALE.contains(t.getClass().getName())) {
        return true;
      }
    }
    return false;
  }
}
