package org.waypoint.report;

/** A report could not be produced; the message says which one. */
public class ReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed
   */
  public ReportException(String message) {
    super(message);
  }

  /**
   * @param message what failed
   * @param cause why
   */
  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
