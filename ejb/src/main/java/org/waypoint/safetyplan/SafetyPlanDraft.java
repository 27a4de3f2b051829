package org.waypoint.safetyplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one member of staff has typed into a client's plan and not yet saved as a version, saved
 * automatically while they type: closing the browser loses nothing.
 */
@Entity
@Table(name = "safety_plan_draft")
public class SafetyPlanDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "client_id", nullable = false, updatable = false)
  private long clientId;

  @Column(nullable = false, updatable = false, length = 60)
  private String username;

  /** The version number the draft started from, or {@code null} for a first plan. */
  @Column(name = "based_on")
  private Integer basedOn;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "safety_plan_draft_entry", joinColumns = @JoinColumn(name = "draft_id"))
  @OrderColumn(name = "position")
  private List<StoredEntry> entries = new ArrayList<>();

  @Version private long version;

  protected SafetyPlanDraft() {}

  SafetyPlanDraft(long clientId, String username) {
    this.clientId = clientId;
    this.username = username;
  }

  void replace(Integer basedOn, List<PlanEntry> entries, Instant at) {
    this.basedOn = basedOn;
    this.savedAt = at;
    this.entries.clear();
    entries.stream().map(StoredEntry::new).forEach(this.entries::add);
  }

  /**
   * @return the entries typed so far
   */
  public List<PlanEntry> entries() {
    return entries.stream().map(StoredEntry::toEntry).toList();
  }

  public Long getId() {
    return id;
  }

  public long getClientId() {
    return clientId;
  }

  public String getUsername() {
    return username;
  }

  public Integer getBasedOn() {
    return basedOn;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
