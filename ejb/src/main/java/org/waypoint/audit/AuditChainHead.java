package org.waypoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The newest event of one audit chain (id = the chain, see {@link AuditChains}); its row is the
 * lock that keeps that chain one line.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

  @Id private Integer id;

  @Column(name = "last_event_id")
  private Long lastEventId;

  @Column(name = "last_hash", length = 64)
  private String lastHash;

  @Version private long version;

  protected AuditChainHead() {}

  int getChain() {
    return id;
  }

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
