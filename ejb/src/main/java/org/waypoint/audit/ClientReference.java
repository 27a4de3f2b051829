package org.waypoint.audit;

/** A result that names the client it is about, so the audit trail can record which client. */
public interface ClientReference {
  /**
   * @return the client's id
   */
  long clientId();
}
