package org.waypoint.safetyplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved version of a safety plan: who saved it and when, whether it was reviewed with the
 * client, the client's acknowledgement, and its entries. Never changed once saved: the entity is
 * immutable and the database refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "safety_plan_version")
public class SafetyPlanVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "plan_id", nullable = false, updatable = false)
  private long planId;

  @Column(nullable = false, updatable = false)
  private int number;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  @Column(name = "saved_by", nullable = false, updatable = false, length = 60)
  private String savedBy;

  @Column(name = "reviewed_with_client", nullable = false, updatable = false)
  private boolean reviewedWithClient;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, updatable = false, length = 20)
  private Acknowledgement acknowledgement;

  @Column(name = "acknowledged_with", updatable = false, length = 120)
  private String acknowledgedWith;

  @Column(updatable = false, length = 200000)
  private String signature;

  @Column(name = "review_due", nullable = false, updatable = false)
  private LocalDate reviewDue;

  @Column(updatable = false, length = 500)
  private String note;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "safety_plan_entry", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "position")
  private List<StoredEntry> entries = new ArrayList<>();

  protected SafetyPlanVersion() {}

  SafetyPlanVersion(
      long planId,
      int number,
      Instant savedAt,
      String savedBy,
      VersionDetails details,
      LocalDate reviewDue,
      List<PlanEntry> entries) {
    this.planId = planId;
    this.number = number;
    this.savedAt = savedAt;
    this.savedBy = savedBy;
    this.reviewedWithClient = details.isReviewedWithClient();
    this.acknowledgement = details.getAcknowledgement();
    this.acknowledgedWith = details.getAcknowledgedWith();
    this.signature = details.getSignature();
    this.note = details.getNote();
    this.reviewDue = reviewDue;
    entries.stream().map(StoredEntry::new).forEach(this.entries::add);
  }

  /**
   * @return the entries, in plan order
   */
  public List<PlanEntry> entries() {
    return entries.stream().map(StoredEntry::toEntry).toList();
  }

  public Long getId() {
    return id;
  }

  public long getPlanId() {
    return planId;
  }

  public int getNumber() {
    return number;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public String getSavedBy() {
    return savedBy;
  }

  public boolean isReviewedWithClient() {
    return reviewedWithClient;
  }

  public Acknowledgement getAcknowledgement() {
    return acknowledgement;
  }

  public String getAcknowledgedWith() {
    return acknowledgedWith;
  }

  public String getSignature() {
    return signature;
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  public String getNote() {
    return note;
  }
}
