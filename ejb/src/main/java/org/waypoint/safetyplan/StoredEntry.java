package org.waypoint.safetyplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entry as a row of a version or a draft. */
@Embeddable
class StoredEntry {

  @Column(name = "entry_key", nullable = false, length = 36)
  private String entryKey;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private PlanPart part;

  @Column(length = 500)
  private String text;

  @Column(length = 60)
  private String relationship;

  @Column(length = 30)
  private String phone;

  @Column(name = "held_by", length = 120)
  private String heldBy;

  protected StoredEntry() {}

  StoredEntry(PlanEntry entry) {
    this.entryKey = entry.key();
    this.part = entry.part();
    this.text = entry.text();
    this.relationship = entry.relationship();
    this.phone = entry.phone();
    this.heldBy = entry.heldBy();
  }

  PlanEntry toEntry() {
    return new PlanEntry(entryKey, part, text, relationship, phone, heldBy);
  }
}
