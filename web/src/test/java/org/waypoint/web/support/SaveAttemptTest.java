package org.waypoint.web.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

class SaveAttemptTest {

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
