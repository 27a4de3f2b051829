package org.waypoint.handover;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.waypoint.center.Shift;

/**
 * A given handover: the program, the shift that is starting, who gave it and when, and the snapshot
 * of what it showed (JSON of {@link org.waypoint.report.HandoverData}). Never changed once written
 * (the vendor migration V15.1 refuses it); the acknowledgement is a row of its own.
 */
@Entity
@Table(name = "handover")
public class Handover {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "shift_date", nullable = false, updatable = false)
  private LocalDate shiftDate;

  @Column(name = "shift_start", nullable = false, updatable = false)
  private LocalTime shiftStart;

  @Column(name = "shift_end", nullable = false, updatable = false)
  private LocalTime shiftEnd;

  @Column(name = "shift_starts_at", nullable = false, updatable = false)
  private Instant shiftStartsAt;

  @Column(name = "given_by", nullable = false, updatable = false, length = 60)
  private String givenBy;

  @Column(name = "given_at", nullable = false, updatable = false)
  private Instant givenAt;

  @Column(nullable = false, updatable = false)
  private int clients;

  @Column(nullable = false, updatable = false, columnDefinition = "text")
  private String snapshot;

  protected Handover() {}

  /**
   * @param programId the program
   * @param shift the shift that is starting
   * @param zone the center's time zone
   * @param givenBy the giver's username
   * @param givenAt when
   * @param clients how many clients it covers
   * @param snapshot what it shows, as JSON
   */
  Handover(
      long programId,
      Shift shift,
      ZoneId zone,
      String givenBy,
      Instant givenAt,
      int clients,
      String snapshot) {
    this.programId = programId;
    this.shiftDate = shift.date();
    this.shiftStart = shift.start();
    this.shiftEnd = shift.end();
    this.shiftStartsAt = shift.startsAt(zone);
    this.givenBy = Objects.requireNonNull(givenBy);
    this.givenAt = Objects.requireNonNull(givenAt);
    this.clients = clients;
    this.snapshot = Objects.requireNonNull(snapshot);
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  /**
   * @return the shift it was given for
   */
  public Shift shift() {
    return new Shift(shiftDate, shiftStart, shiftEnd);
  }

  public Instant getShiftStartsAt() {
    return shiftStartsAt;
  }

  public String getGivenBy() {
    return givenBy;
  }

  public Instant getGivenAt() {
    return givenAt;
  }

  public int getClients() {
    return clients;
  }

  public String getSnapshot() {
    return snapshot;
  }
}
