package org.waypoint.precaution;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.waypoint.center.Wording;
import org.waypoint.security.StaffDirectory;

/**
 * Reads a client's precautions without checking or auditing anything: for the services that do both
 * ({@link PrecautionService}, the chart's one audited read). Never called from a page.
 */
@Dependent
public class PrecautionReader {

  @PersistenceContext private EntityManager em;

  /**
   * @param clientId the client
   * @return the client's precautions, those in force first, then the rest, newest first; at most
   *     {@link PrecautionService#MAX_ROWS}
   */
  public List<PrecautionEntry> precautions(long clientId) {
    List<Precaution> rows =
        em.createQuery(
                "select p from Precaution p where p.clientId = :client"
                    + " order by p.startedAt desc, p.id desc",
                Precaution.class)
            .setParameter("client", clientId)
            .setMaxResults(PrecautionService.MAX_ROWS)
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(
            em, rows.stream().flatMap(p -> Stream.of(p.getStartedBy(), p.getEndedBy())).toList());
    Instant now = Instant.now();
    return Stream.concat(
            rows.stream().filter(p -> p.activeAt(now)), rows.stream().filter(p -> !p.activeAt(now)))
        .map(p -> entry(p, names, now))
        .toList();
  }

  private static PrecautionEntry entry(Precaution p, Map<String, String> names, Instant now) {
    Instant endedAt =
        p.getEndedAt() != null
            ? p.getEndedAt()
            : p.getEndsAt() != null && !p.getEndsAt().isAfter(now) ? p.getEndsAt() : null;
    return new PrecautionEntry(
        p.getId(),
        p.getVersion(),
        p.getKind(),
        p.getObservationLevel(),
        p.getDetails(),
        p.getStartedAt(),
        names.getOrDefault(p.getStartedBy(), p.getStartedBy()),
        p.getEndsAt(),
        endedAt,
        p.getEndedBy() == null ? null : names.getOrDefault(p.getEndedBy(), p.getEndedBy()),
        p.getEndNote() != null
            ? p.getEndNote()
            : p.getEndedAt() == null && endedAt != null ? Wording.text("precaution.lapsed") : null,
        p.activeAt(now));
  }
}
