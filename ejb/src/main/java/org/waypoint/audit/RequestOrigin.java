package org.waypoint.audit;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request came from, filled in by the web layer for each HTTP request. Calls that
 * do not come over HTTP (timers, tests) have no origin.
 */
@RequestScoped
public class RequestOrigin {

  private String remoteAddress;

  /**
   * @return the client's address, or {@code null}
   */
  public String remoteAddress() {
    return remoteAddress;
  }

  /**
   * @param remoteAddress the client's address as the server saw it
   */
  public void remoteAddress(String remoteAddress) {
    this.remoteAddress =
        remoteAddress == null || remoteAddress.length() <= 64
            ? remoteAddress
            : remoteAddress.substring(0, 64);
  }
}
