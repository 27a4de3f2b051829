package org.waypoint.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waypoint.kernel.Roles;

/**
 * The findings of the scheduled verification ({@link AuditCheck}), for the administrators'
 * dashboard: a broken chain is shown there while the latest verification finds it broken.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditIntegrity {

  @PersistenceContext private EntityManager em;

  /**
   * @return where the verification stands: three small indexed reads, whatever the number of checks
   */
  public AuditIntegrityStatus status() {
    List<AuditIntegrityCheck> latest =
        em.createQuery(
                "select c from AuditIntegrityCheck c order by c.checkedAt desc, c.id desc",
                AuditIntegrityCheck.class)
            .setMaxResults(1)
            .getResultList();
    if (latest.isEmpty()) {
      return new AuditIntegrityStatus(null, false, null, null, null, 0);
    }
    AuditIntegrityCheck last = latest.get(0);
    Instant lastIntact =
        em.createQuery(
                "select max(c.checkedAt) from AuditIntegrityCheck c where c.intact = true",
                Instant.class)
            .getSingleResult();
    if (last.isIntact()) {
      return new AuditIntegrityStatus(
          last.getCheckedAt(), false, null, null, lastIntact, last.getEventsChecked());
    }
    Instant since =
        em.createQuery(
                "select min(c.checkedAt) from AuditIntegrityCheck c"
                    + " where c.intact = false and c.checkedAt > :after",
                Instant.class)
            .setParameter("after", lastIntact == null ? Instant.EPOCH : lastIntact)
            .getSingleResult();
    return new AuditIntegrityStatus(
        last.getCheckedAt(),
        true,
        last.getFirstBrokenEventId(),
        since == null ? last.getCheckedAt() : since,
        lastIntact,
        last.getEventsChecked());
  }
}
