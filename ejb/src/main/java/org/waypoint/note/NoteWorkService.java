package org.waypoint.note;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.waypoint.access.ListScope;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;
import org.waypoint.security.StaffDirectory;

/**
 * The note work lists of the dashboards, each paged in the database with its count. For the author:
 * their drafts, the notes returned to them, and today's contacts without a note. For supervisors:
 * drafts left for more than {@value DraftItem#STALE_HOURS} hours in their programs. (The
 * co-signature queue is {@link CoSignatureService#queue}.) Lists that name clients are on the audit
 * trail as searches.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class NoteWorkService {

  private static final String DRAFT = " n.status = org.waypoint.note.SessionNote.Status.DRAFT";
  private static final String CLIENT_NAME = "concat(c.legalLastName, ', ', c.legalFirstName)";

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CenterSettings center;

  /**
   * The caller's drafts, the oldest first (those started more than {@value DraftItem#FLAG_HOURS}
   * hours ago are {@link DraftItem#flagged}). Drafts that revise a returned note are in {@link
   * #returnedToMe} instead.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<DraftItem> myDrafts(int first, int pageSize) {
    return drafts(
        myDraftsQuery(draftColumns(), " order by n.createdAt, n.id", Object[].class),
        first,
        pageSize);
  }

  /**
   * @return how many drafts {@link #myDrafts} pages through
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countMyDrafts() {
    return myDraftsQuery("select count(n)", "", Long.class).getSingleResult();
  }

  /**
   * The caller's drafts that revise a note a supervisor returned, with the supervisor's comment,
   * the longest waiting first.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<ReturnedItem> returnedToMe(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    List<Object[]> rows =
        returnedQuery(
                "select n.id, old.id, c.id, "
                    + CLIENT_NAME
                    + ", c.mrn, old.contactDate, r.decidedBy, r.decidedAt, r.comment",
                " order by r.decidedAt, n.id",
                Object[].class)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(em, rows.stream().map(r -> (String) r[6]).toList());
    return rows.stream()
        .map(
            r ->
                new ReturnedItem(
                    (Long) r[0],
                    (Long) r[1],
                    (Long) r[2],
                    (String) r[3],
                    (String) r[4],
                    (LocalDate) r[5],
                    names.getOrDefault((String) r[6], (String) r[6]),
                    (Instant) r[7],
                    (String) r[8]))
        .toList();
  }

  /**
   * @return how many notes {@link #returnedToMe} pages through
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countReturnedToMe() {
    return returnedQuery("select count(n)", "", Long.class).getSingleResult();
  }

  /**
   * The clients of the caller's own caseload for whom the caller recorded a check-in today and has
   * no note dated today (a draft counts as begun), the earliest contact first.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<ContactItem> contactsWithoutNote(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    return contactsQuery(
            "select new org.waypoint.note.ContactItem(c.id, "
                + CLIENT_NAME
                + ", c.mrn, max(k.recordedAt))",
            " group by c.id, c.legalLastName, c.legalFirstName, c.mrn"
                + " order by max(k.recordedAt), c.id",
            ContactItem.class)
        .setFirstResult(page.first())
        .setMaxResults(page.size())
        .getResultList();
  }

  /**
   * @return how many clients {@link #contactsWithoutNote} pages through
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  public long countContactsWithoutNote() {
    return contactsQuery("select count(distinct c.id)", "", Long.class).getSingleResult();
  }

  /**
   * Drafts by anyone, of the clients of the caller's programs, started more than {@value
   * DraftItem#STALE_HOURS} hours ago, the oldest first.
   *
   * @param first the index of the first row
   * @param pageSize the number of rows, at most 100
   * @return the page
   */
  @RolesAllowed(Roles.SUPERVISOR)
  @Audited(AuditAction.CLIENT_SEARCH) // the list names clients
  public List<DraftItem> staleDrafts(int first, int pageSize) {
    return drafts(
        staleQuery(draftColumns(), " order by n.createdAt, n.id", Object[].class), first, pageSize);
  }

  /**
   * @return how many drafts {@link #staleDrafts} pages through
   */
  @RolesAllowed(Roles.SUPERVISOR)
  public long countStaleDrafts() {
    return staleQuery("select count(n)", "", Long.class).getSingleResult();
  }

  private static String draftColumns() {
    return "select n.id, c.id, "
        + CLIENT_NAME
        + ", c.mrn, n.author, n.contactDate, n.createdAt, n.savedAt";
  }

  private List<DraftItem> drafts(TypedQuery<Object[]> query, int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    List<Object[]> rows =
        query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    Map<String, String> names =
        StaffDirectory.names(em, rows.stream().map(r -> (String) r[4]).toList());
    return rows.stream()
        .map(
            r ->
                new DraftItem(
                    (Long) r[0],
                    (Long) r[1],
                    (String) r[2],
                    (String) r[3],
                    names.getOrDefault((String) r[4], (String) r[4]),
                    (LocalDate) r[5],
                    (Instant) r[6],
                    (Instant) r[7]))
        .toList();
  }

  private <T> TypedQuery<T> myDraftsQuery(String select, String orderBy, Class<T> type) {
    return em.createQuery(
            select
                + " from SessionNote n, Client c where c.id = n.clientId and"
                + DRAFT
                + " and n.author = :me and n.revisesId is null"
                + orderBy,
            type)
        .setParameter("me", caller());
  }

  private <T> TypedQuery<T> returnedQuery(String select, String orderBy, Class<T> type) {
    return em.createQuery(
            select
                + " from SessionNote n, SessionNote old, NoteReview r, Client c"
                + " where c.id = n.clientId and old.id = n.revisesId and r.noteId = old.id and"
                + DRAFT
                + " and n.author = :me"
                + orderBy,
            type)
        .setParameter("me", caller());
  }

  private <T> TypedQuery<T> contactsQuery(String select, String orderBy, Class<T> type) {
    ZoneId zone = center.timeZone();
    LocalDate today = LocalDate.now(zone);
    return em.createQuery(
            select
                + " from Client c left join c.primaryClinician u, CheckIn k"
                + " where k.clientId = c.id and k.recordedBy = :me"
                + " and k.recordedAt >= :from and k.recordedAt < :to"
                + ListScope.OWN_CASELOAD.condition("c", "u")
                + " and not exists (select m.id from SessionNote m where m.clientId = c.id"
                + " and m.author = :me and m.contactDate = :today)"
                + orderBy,
            type)
        .setParameter("me", caller())
        .setParameter("from", today.atStartOfDay(zone).toInstant())
        .setParameter("to", today.plusDays(1).atStartOfDay(zone).toInstant())
        .setParameter("today", today);
  }

  private <T> TypedQuery<T> staleQuery(String select, String orderBy, Class<T> type) {
    ListScope.MY_PROGRAMS.checkAllowed(session);
    return em.createQuery(
            select
                + " from SessionNote n, Client c where c.id = n.clientId and"
                + DRAFT
                + " and n.createdAt < :before"
                + ListScope.MY_PROGRAMS.condition("c", null)
                + orderBy,
            type)
        .setParameter("me", caller())
        .setParameter("before", Instant.now().minus(DraftItem.STALE_HOURS, ChronoUnit.HOURS));
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
