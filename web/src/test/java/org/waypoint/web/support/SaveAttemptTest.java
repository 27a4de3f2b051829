package org.waypoint.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Which failures {@link SaveAttempt} words as the database out of reach, and which as a conflict.
 */
class SaveAttemptTest {

  @Test
  void aConnectionRefusedDeepInTheCausesIsTheDatabaseOutOfReach() {
    // as WildFly reports it: the EJB call, Hibernate, the pool, then the driver's refusal
    SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
    RuntimeException hibernate =
        new RuntimeException(
            "Unable to acquire JDBC Connection",
            new SQLException("IJ000453: Unable to get managed connection", null, refused));
    assertTrue(
        SaveAttempt.databaseUnreachable(
            new EJBTransactionRolledbackException("rolled back", hibernate)));
    assertTrue(SaveAttempt.databaseUnreachable(new IllegalStateException(new ConnectException())));
    SQLException chained = new SQLException("batch failed", "XX000");
    chained.setNextException(new SQLException("terminating connection", "08006"));
    assertTrue(SaveAttempt.databaseUnreachable(chained));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(SaveAttempt.databaseUnreachable(new IllegalStateException("a bug")));
    assertFalse(
        SaveAttempt.databaseUnreachable(
            new RuntimeException(new SQLException("duplicate key", "23505"))));
    // causes that lead back to an earlier one end the search
    RuntimeException first = new RuntimeException("first");
    RuntimeException second = new RuntimeException("second", first);
    first.addSuppressed(second);
    assertFalse(SaveAttempt.databaseUnreachable(second));
  }

  @Test
  void aSaveOverANewerVersionIsKnownHoweverDeepItIsWrapped() {
    assertTrue(SaveAttempt.isStaleSave(new OptimisticLockException("row was updated")));
    EJBTransactionRolledbackException wrapped =
        new EJBTransactionRolledbackException(
            "rolled back", new RuntimeException(new OptimisticLockException("row was updated")));
    assertTrue(SaveAttempt.isStaleSave(wrapped));
  }

  @Test
  void anyOtherFailureIsNot() {
    assertFalse(SaveAttempt.isStaleSave(new IllegalStateException("broken")));
    assertFalse(
        SaveAttempt.isStaleSave(
            new EJBTransactionRolledbackException("rolled back", new RuntimeException("io"))));
  }
}
