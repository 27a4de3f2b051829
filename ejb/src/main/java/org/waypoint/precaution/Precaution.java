package org.waypoint.precaution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A precaution on a client, from when and by whom, until when. Ending it records who ended it and
 * when; the row itself stays, so the history is complete.
 */
@Entity
public class Precaution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 20)
  private PrecautionKind kind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "observation_level", updatable = false, length = 20)
  private ObservationLevel observationLevel;

  @Column(updatable = false, length = 500)
  private String details;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "started_by", nullable = false, updatable = false, length = 60)
  private String startedBy;

  /** When it lapses by itself, or {@code null} until ended. */
  @Column(name = "ends_at", updatable = false)
  private Instant endsAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_by", length = 60)
  private String endedBy;

  @Column(name = "end_note", length = 500)
  private String endNote;

  @Version private long version;

  protected Precaution() {}

  /**
   * @param clientId the client
   * @param kind the kind
   * @param observationLevel the level, for an observation precaution, else {@code null}
   * @param details details in words, or {@code null}
   * @param startedAt when it starts
   * @param startedBy who starts it (username)
   * @param endsAt when it lapses by itself, or {@code null}
   */
  public Precaution(
      long clientId,
      PrecautionKind kind,
      ObservationLevel observationLevel,
      String details,
      Instant startedAt,
      String startedBy,
      Instant endsAt) {
    this.clientId = clientId;
    this.kind = Objects.requireNonNull(kind);
    this.observationLevel = observationLevel;
    this.details = details;
    this.startedAt = Objects.requireNonNull(startedAt);
    this.startedBy = Objects.requireNonNull(startedBy);
    this.endsAt = endsAt;
  }

  /**
   * @param now the time to judge by
   * @return whether the precaution applies at that time
   */
  public boolean activeAt(Instant now) {
    return endedAt == null && (endsAt == null || endsAt.isAfter(now));
  }

  /**
   * @param at when it ends
   * @param by who ends it (username)
   * @param note why, or {@code null}
   */
  public void end(Instant at, String by, String note) {
    this.endedAt = at;
    this.endedBy = by;
    this.endNote = note;
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public PrecautionKind getKind() {
    return kind;
  }

  public ObservationLevel getObservationLevel() {
    return observationLevel;
  }

  public String getDetails() {
    return details;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getEndsAt() {
    return endsAt;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public String getEndNote() {
    return endNote;
  }

  public long getVersion() {
    return version;
  }
}
