package org.waypoint.note;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.waypoint.kernel.PageRequest;

/**
 * A group session of one program: its topic, date and times, facilitators and the part written once
 * for the whole group. Each attending client has their own {@link SessionNote}; signing the group
 * signs them all, and then the group is final too.
 */
@Entity
@Table(name = "group_session")
public class GroupSession {

  /** The most characters of a topic. */
  public static final int TOPIC_LIMIT = 200;

  /** The most characters of the shared part. */
  public static final int SHARED_LIMIT = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(length = TOPIC_LIMIT)
  private String topic;

  @Column(name = "contact_date")
  private LocalDate contactDate;

  @Column(name = "start_time")
  private LocalTime startTime;

  @Column(name = "end_time")
  private LocalTime endTime;

  @Column(name = "shared_part", length = SHARED_LIMIT)
  private String sharedPart;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "signed_by", length = 60)
  private String signedBy;

  // a page of groups loads its facilitators in one statement, not one per group
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = PageRequest.MAX_SIZE)
  @CollectionTable(name = "group_facilitator", joinColumns = @JoinColumn(name = "group_id"))
  @Column(name = "username", length = 60)
  private Set<String> facilitators = new LinkedHashSet<>();

  @Version private long version;

  protected GroupSession() {}

  GroupSession(long programId, String createdBy, Instant at) {
    this.programId = programId;
    this.createdBy = createdBy;
    this.createdAt = at;
    this.facilitators.add(createdBy);
  }

  void describe(
      String topic,
      LocalDate contactDate,
      LocalTime startTime,
      LocalTime endTime,
      String sharedPart,
      Set<String> facilitators) {
    if (signedAt != null) {
      throw new IllegalStateException("group session " + id + " is signed");
    }
    this.topic = topic;
    this.contactDate = contactDate;
    this.startTime = startTime;
    this.endTime = endTime;
    this.sharedPart = sharedPart;
    this.facilitators.clear();
    this.facilitators.addAll(facilitators);
  }

  void sign(String by, Instant at) {
    if (signedAt != null) {
      throw new IllegalStateException("group session " + id + " is signed");
    }
    this.signedBy = by;
    this.signedAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getProgramId() {
    return programId;
  }

  public String getTopic() {
    return topic;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public String getSharedPart() {
    return sharedPart;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public String getSignedBy() {
    return signedBy;
  }

  public Set<String> getFacilitators() {
    return facilitators;
  }

  public long getVersion() {
    return version;
  }
}
