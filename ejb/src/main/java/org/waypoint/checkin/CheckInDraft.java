package org.waypoint.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A check-in being typed, one per client and member of staff, kept as JSON. */
@Entity
@Table(name = "check_in_draft")
public class CheckInDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  @Column(nullable = false, length = 20000)
  private String answers;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Version private long version;

  protected CheckInDraft() {}

  CheckInDraft(long clientId, String username) {
    this.clientId = clientId;
    this.username = username;
  }

  void keep(String answers, Instant at) {
    this.answers = answers;
    this.savedAt = at;
  }

  String getAnswers() {
    return answers;
  }

  Instant getSavedAt() {
    return savedAt;
  }
}
