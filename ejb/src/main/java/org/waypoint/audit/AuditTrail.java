package org.waypoint.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Roles;

/**
 * Writes and verifies the audit trail. Writing is open to every caller (the trail records what they
 * did); events are only ever inserted, each chained by its hash to the one before it in its chain,
 * one of {@link AuditChains#COUNT} so that concurrent writers do not wait for each other.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
public class AuditTrail {

  private static final int VERIFY_BATCH = 500;

  /**
   * A chain's head, locked for this transaction, or nothing when another transaction holds it. By
   * its primary key: a query over every head would read all the dead row versions their updates
   * leave. Portable: H2 and PostgreSQL.
   */
  static final String TRY_CHAIN =
      "select id, last_event_id, last_hash, version from audit_chain_head where id = :chain"
          + " for update skip locked";

  /** How many chains a transaction tries, one after the other, before it waits for the first. */
  static final int TRIES = 4;

  /** Where the next transaction starts looking for a free chain: spreads writers over chains. */
  private static final AtomicLong NEXT_START = new AtomicLong();

  /** The key under which a transaction keeps the chain it holds. */
  private static final String HELD_CHAIN = AuditTrail.class.getName() + ".chain";

  /** The most rows one page of an audit list may ask for. */
  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private RequestOrigin origin;
  @Inject private CenterSettings center;
  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Records an event by the caller, in the caller's transaction: it is kept exactly when what it
   * records is kept.
   *
   * @param entry what happened
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditEntry entry) {
    append(session.getCallerPrincipal().getName(), callerRoles(), entry);
  }

  /**
   * Records an event by the caller in a transaction of its own: for refusals and failures, whose
   * own transaction is rolled back but which must still be on the record.
   *
   * @param entry what was attempted
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAlone(AuditEntry entry) {
    append(session.getCallerPrincipal().getName(), callerRoles(), entry);
  }

  /**
   * Records a sign-in attempt or sign-out, for which the caller is not (or no longer) known to the
   * container, in a transaction of its own.
   *
   * @param username the username typed or signed out
   * @param roles the account's roles, or an empty string when the attempt was refused
   * @param entry what happened
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordAccountEvent(String username, String roles, AuditEntry entry) {
    String name = username == null || username.isBlank() ? "(none)" : username.strip();
    append(name.length() > 60 ? name.substring(0, 60) : name, roles, entry);
  }

  /**
   * Checks every event against its hash and its link to the event before it in its chain, oldest
   * first, and every chain's head against that chain's newest event (see {@link AuditChains}).
   *
   * @return how many events were checked and the first that does not match, if any
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditVerification verify() {
    return check();
  }

  /**
   * Records that the caller exported audit events, in a transaction of its own.
   *
   * @param query the filter exported
   * @param rows how many events were exported
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void exported(AuditQuery query, long rows) {
    append(
        session.getCallerPrincipal().getName(),
        callerRoles(),
        new AuditEntry(
            AuditAction.AUDIT_EXPORT,
            AuditOutcome.SUCCESS,
            query.clientId(),
            null,
            null,
            rows
                + " event(s); user "
                + (query.username() == null ? "any" : query.username())
                + ", action "
                + (query.action() == null ? "any" : query.action().name())
                + ", from "
                + (query.from() == null ? "start" : query.from())
                + " to "
                + (query.to() == null ? "now" : query.to())));
  }

  /**
   * One page of audit events, filtered and ordered in the database.
   *
   * @param query the filter and order
   * @param first the index of the first row
   * @param pageSize the number of rows, at most {@value #MAX_PAGE_SIZE}
   * @return the page
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<AuditRow> search(AuditQuery query, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEvent> q = cb.createQuery(AuditEvent.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    Expression<?> key =
        switch (query.sortBy()) {
          case TIME -> e.get("id");
          case USER -> e.get("username");
          case ACTION -> e.get("action");
          case OUTCOME -> e.get("outcome");
          case CLIENT -> e.get("clientId");
          case DETAIL -> e.get("detail");
          case FROM -> e.get("remoteAddress");
        };
    q.select(e)
        .where(filter(cb, e, query))
        .orderBy(
            query.ascending() ? cb.asc(key) : cb.desc(key),
            query.ascending() ? cb.asc(e.get("id")) : cb.desc(e.get("id")));
    return PageRequest.of(first, pageSize, MAX_PAGE_SIZE)
        .applyTo(em.createQuery(q))
        .getResultStream()
        .map(AuditRow::of)
        .toList();
  }

  /**
   * @param query the filter (its order is ignored)
   * @return how many events match
   */
  @RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public long count(AuditQuery query) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<AuditEvent> e = q.from(AuditEvent.class);
    q.select(cb.count(e)).where(filter(cb, e, query));
    return em.createQuery(q).getSingleResult();
  }

  private Predicate filter(CriteriaBuilder cb, Root<AuditEvent> e, AuditQuery query) {
    List<Predicate> where = new ArrayList<>();
    if (query.clientId() != null) {
      where.add(cb.equal(e.get("clientId"), query.clientId()));
    }
    if (query.username() != null) {
      where.add(cb.equal(e.get("username"), query.username()));
    }
    if (query.action() != null) {
      where.add(cb.equal(e.get("action"), query.action()));
    }
    ZoneId zone = center.timeZone();
    if (query.from() != null) {
      where.add(
          cb.greaterThanOrEqualTo(
              e.get("occurredAt"), query.from().atStartOfDay(zone).toInstant()));
    }
    if (query.to() != null) {
      where.add(
          cb.lessThan(e.get("occurredAt"), query.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  private AuditVerification check() {
    AuditChains.Links links = new AuditChains.Links();
    long checked = 0;
    long after = Long.MIN_VALUE;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        checked++;
        int chain = event.getChain();
        if (!AuditChains.known(chain)) {
          return new AuditVerification(
              checked, event.getId(), Wording.text("audit.verify.chainUnknown"));
        }
        if (!Objects.equals(links.previous(chain), event.getPreviousHash())) {
          return new AuditVerification(
              checked, event.getId(), Wording.text("audit.verify.linkBroken"));
        }
        if (!links.append(chain, event.getId(), event.content()).equals(event.getHash())) {
          return new AuditVerification(
              checked, event.getId(), Wording.text("audit.verify.contentAltered"));
        }
      }
      if (batch.size() < VERIFY_BATCH) {
        break;
      }
      after = batch.get(batch.size() - 1).getId();
      em.clear(); // keep memory flat over a long trail
    }
    return checkHeads(links, checked);
  }

  /** Every chain's head row is there and names its chain's newest event. */
  private AuditVerification checkHeads(AuditChains.Links links, long checked) {
    Map<Integer, AuditChainHead> heads = new HashMap<>();
    em.createQuery("select h from AuditChainHead h", AuditChainHead.class)
        .getResultList()
        .forEach(h -> heads.put(h.getChain(), h));
    for (int chain = AuditChains.FIRST; chain <= AuditChains.COUNT; chain++) {
      AuditChainHead head = heads.get(chain);
      if (head == null) {
        return new AuditVerification(
            checked, links.lastEventId(chain), Wording.text("audit.verify.headMissing"));
      }
      if (!Objects.equals(head.getLastHash(), links.lastHash(chain))
          || !Objects.equals(head.getLastEventId(), links.lastEventId(chain))) {
        Long newest = links.lastEventId(chain);
        return new AuditVerification(
            checked,
            newest == null ? head.getLastEventId() : newest,
            Wording.text("audit.verify.newestMissing"));
      }
    }
    if (heads.size() != AuditChains.COUNT) {
      return new AuditVerification(checked, null, Wording.text("audit.verify.chainUnknown"));
    }
    return new AuditVerification(checked, null, null);
  }

  private void append(String username, String roles, AuditEntry entry) {
    AuditChainHead head = chainHead();
    AuditHash.Content content =
        new AuditHash.Content(
            Instant.now(),
            username,
            roles,
            entry.action(),
            entry.outcome(),
            entry.clientId(),
            entry.recordType(),
            entry.recordId(),
            truncate(entry.detail(), 500),
            remoteAddress());
    AuditEvent event =
        new AuditEvent(
            content,
            head.getChain(),
            head.getLastHash(),
            AuditHash.of(head.getLastHash(), content));
    em.persist(event);
    em.flush(); // the id is needed for the chain's head
    head.advance(event);
  }

  /**
   * Locks the head of the chain this transaction appends to, held until it ends: the chain it
   * already holds, else the first of a few chains (from a start that goes round them all) that no
   * other transaction holds, else, when all those are held, the start's, waiting for it. A
   * transaction thus holds at most one chain, so writers never wait for each other in a circle.
   */
  private AuditChainHead chainHead() {
    if (transactions.getResource(HELD_CHAIN) instanceof Integer chain) {
      return em.find(AuditChainHead.class, chain, LockModeType.PESSIMISTIC_WRITE);
    }
    long start = NEXT_START.getAndIncrement();
    AuditChainHead head = null;
    for (int i = 0; i < TRIES && head == null; i++) {
      List<?> free =
          em.createNativeQuery(TRY_CHAIN, AuditChainHead.class)
              .setParameter("chain", AuditChains.of(start + i))
              .getResultList();
      head = free.isEmpty() ? null : (AuditChainHead) free.get(0);
    }
    if (head == null) {
      head = em.find(AuditChainHead.class, AuditChains.of(start), LockModeType.PESSIMISTIC_WRITE);
    }
    transactions.putResource(HELD_CHAIN, head.getChain());
    return head;
  }

  private String callerRoles() {
    StringJoiner roles = new StringJoiner(",");
    for (String role : List.of(Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN)) {
      if (session.isCallerInRole(role)) {
        roles.add(role);
      }
    }
    return roles.toString();
  }

  private String remoteAddress() {
    try {
      return origin.remoteAddress();
    } catch (ContextNotActiveException e) {
      return null; // not an HTTP request: a timer or an in-server test
    }
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
