package org.waypoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the audit trail. Inserted once, never changed. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false, length = 60)
  private String username;

  @Column(nullable = false, length = 100)
  private String roles;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private AuditAction action;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private AuditOutcome outcome;

  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "record_type", length = 40)
  private String recordType;

  @Column(name = "record_id", length = 60)
  private String recordId;

  @Column(length = 500)
  private String detail;

  @Column(name = "remote_address", length = 64)
  private String remoteAddress;

  /** The chain the event belongs to, 1 to {@link AuditChains#COUNT}. */
  @Column(nullable = false)
  private int chain;

  @Column(name = "previous_hash", length = 64)
  private String previousHash;

  @Column(nullable = false, unique = true, length = 64)
  private String hash;

  protected AuditEvent() {}

  AuditEvent(AuditHash.Content content, int chain, String previousHash, String hash) {
    this.occurredAt = content.occurredAt();
    this.username = content.username();
    this.roles = content.roles();
    this.action = content.action();
    this.outcome = content.outcome();
    this.clientId = content.clientId();
    this.recordType = content.recordType();
    this.recordId = content.recordId();
    this.detail = content.detail();
    this.remoteAddress = content.remoteAddress();
    this.chain = chain;
    this.previousHash = previousHash;
    this.hash = hash;
  }

  /**
   * @return the content the hash covers
   */
  AuditHash.Content content() {
    return new AuditHash.Content(
        occurredAt,
        username,
        roles,
        action,
        outcome,
        clientId,
        recordType,
        recordId,
        detail,
        remoteAddress);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getUsername() {
    return username;
  }

  public String getRoles() {
    return roles;
  }

  public AuditAction getAction() {
    return action;
  }

  public AuditOutcome getOutcome() {
    return outcome;
  }

  public Long getClientId() {
    return clientId;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public String getDetail() {
    return detail;
  }

  public String getRemoteAddress() {
    return remoteAddress;
  }

  /**
   * @return the chain the event belongs to, 1 to {@link AuditChains#COUNT}
   */
  public int getChain() {
    return chain;
  }

  public String getPreviousHash() {
    return previousHash;
  }

  public String getHash() {
    return hash;
  }
}
