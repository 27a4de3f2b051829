package org.waypoint.web.support;

import jakarta.ejb.EJBAccessException;
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
 * Messages.properties}.
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
    } catch (RuntimeException e) {
      if (isStaleSave(e)) {
        // a save over a newer one that no service check caught: the database's version refused it
        LOG.log(Level.INFO, keyPrefix + " met a newer save", e);
        FormMessages.showError(Text.of("form.conflict"));
        return false;
      }
      LOG.log(Level.SEVERE, keyPrefix + " failed", e);
      FormMessages.showError(Text.of(keyPrefix + ".failed"));
    } catch (Exception e) {
      LOG.log(Level.SEVERE, keyPrefix + " failed", e);
      FormMessages.showError(Text.of(keyPrefix + ".failed"));
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
