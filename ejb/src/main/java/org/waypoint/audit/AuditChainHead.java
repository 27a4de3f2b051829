package org.waypoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The newest event of the audit chain; its row is the lock that keeps the chain one line. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  /** The only row. */
  static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_event_id")
  private Long lastEventId;

  @Column(name = "last_hash", length = 64)
  private String lastHash;

  @Version private long version;

  protected AuditChainHead() {}

  void advance(AuditEvent event) {
    this.lastEventId = event.getId();
    this.lastHash = event.getHash();
  }

  Long getLastEventId() {
    return lastEventId;
  }

  String getLastHash() {
    return lastHash;
  }
}
