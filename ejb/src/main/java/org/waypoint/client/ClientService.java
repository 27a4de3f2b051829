package org.waypoint.client;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.waypoint.access.ClientAccess;
import org.waypoint.access.ClientAccessService;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientNotFoundException;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;
import org.waypoint.program.Program;
import org.waypoint.report.FaceSheetData;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.StaffDirectory;
import org.waypoint.security.StaffOption;
import org.waypoint.security.StaffUser;

/**
 * The client registry. Every method runs in a container transaction, is open only to the roles
 * named on it, and reads or returns only clients within the caller's {@link ClientAccess}. Every
 * method that shows or changes client information is {@link Audited}, refusals included.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR, Roles.ADMIN})
public class ClientService {

  /** The most rows one page of a list may ask for. */
  public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;

  /** The registration form's fields, in the order it shows them and its refusals are listed. */
  private static final List<String> FORM_ORDER =
      List.of(
          "legalFirstName",
          "legalLastName",
          "preferredName",
          "pronouns",
          "dateOfBirth",
          "phone",
          "programId",
          "primaryClinicianId",
          "status",
          "admissionDate");

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private ClientRegistrar registrar;
  @EJB private ClientAccessService accessService;

  /**
   * Registers a client with a newly generated MRN. The form is validated in full first; when any
   * field is refused, or the program or clinician does not exist, or a client with the same legal
   * name and date of birth is already registered, nothing is saved.
   *
   * @param form what intake staff entered
   * @return the registered client
   * @throws InvalidInputException with a message per refused field
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_REGISTER)
  public ClientProfile register(ClientRegistration form) {
    Refusals errors = Refusals.of(validator.validate(form));
    Program program =
        form.getProgramId() == null ? null : em.find(Program.class, form.getProgramId());
    if (form.getProgramId() != null && program == null) {
      errors.add("programId", Wording.text("client.programId.gone"));
    }
    StaffUser clinician = null;
    if (form.getPrimaryClinicianId() != null) {
      clinician = em.find(StaffUser.class, form.getPrimaryClinicianId());
      if (clinician == null
          || !clinician.isEnabled()
          || !clinician.getRoles().contains(Role.CLINICIAN)) {
        errors.add("primaryClinicianId", Wording.text("client.primaryClinicianId.unknown"));
      }
    }
    if (errors.isEmpty()) {
      registrar
          .duplicateOf(form.getLegalFirstName(), form.getLegalLastName(), form.getDateOfBirth())
          .ifPresent(mrn -> errors.add("legalLastName", Wording.text("client.duplicate", mrn)));
    }
    errors.inOrder(FORM_ORDER).throwIfAny();
    Client client =
        registrar.register(
            form,
            program,
            clinician,
            // the database keeps microseconds: what is returned equals what is stored
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            session.getCallerPrincipal().getName());
    em.flush();
    return ClientProfile.of(client);
  }

  /**
   * One page of the clients the caller may see, filtered and ordered in the database.
   *
   * @param query the filter and order
   * @param first the index of the first row
   * @param pageSize the number of rows, at most {@link #MAX_PAGE_SIZE}
   * @return the page
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_SEARCH)
  public List<ClientProfile> search(ClientQuery query, int first, int pageSize) {
    ClientAccess access = accessService.forCaller();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Client> q = cb.createQuery(Client.class);
    Root<Client> c = q.from(Client.class);
    @SuppressWarnings("unchecked")
    Join<Client, Program> program = (Join<Client, Program>) c.<Client, Program>fetch("program");
    @SuppressWarnings("unchecked")
    Join<Client, StaffUser> clinician =
        (Join<Client, StaffUser>) c.<Client, StaffUser>fetch("primaryClinician", JoinType.LEFT);
    q.select(c)
        .where(filter(cb, c, clinician, query, access))
        .orderBy(order(cb, c, program, clinician, query));
    return PageRequest.of(first, pageSize).applyTo(em.createQuery(q)).getResultList().stream()
        .map(ClientProfile::of)
        .toList();
  }

  /**
   * @param query the filter (its order is ignored)
   * @return how many clients the caller may see match the filter
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  public long count(ClientQuery query) {
    ClientAccess access = accessService.forCaller();
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> q = cb.createQuery(Long.class);
    Root<Client> c = q.from(Client.class);
    Join<Client, StaffUser> clinician = c.join("primaryClinician", JoinType.LEFT);
    q.select(cb.count(c)).where(filter(cb, c, clinician, query, access));
    return em.createQuery(q).getSingleResult();
  }

  /**
   * @param id the client's id
   * @return the client
   * @throws ClientNotFoundException when there is no such client
   * @throws org.waypoint.kernel.AccessDeniedException when the client is outside the caller's
   *     reach; the exception carries no client data
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CLIENT_VIEW)
  @ClientRecord
  public ClientProfile profile(@ClientId long id) {
    return ClientProfile.of(visibleClient(id));
  }

  /**
   * The data of the client's face sheet, stamped with the caller and the time of printing.
   *
   * @param id the client's id
   * @return the face sheet's data
   * @throws ClientNotFoundException when there is no such client
   * @throws org.waypoint.kernel.AccessDeniedException when the client is outside the caller's reach
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.FACE_SHEET_PRINT)
  @ClientRecord
  public FaceSheetData faceSheet(@ClientId long id) {
    Client c = visibleClient(id);
    String username = session.getCallerPrincipal().getName();
    String printedBy = StaffDirectory.names(em, List.of(username)).getOrDefault(username, username);
    return new FaceSheetData(
        center.centerName(),
        c.getMrn(),
        c.getLegalLastName() + ", " + c.getLegalFirstName(),
        c.getPreferredName(),
        c.getPronouns(),
        c.getDateOfBirth(),
        c.getPhone(),
        c.getProgram().getName(),
        c.getProgram().getLevelOfCare().label(),
        c.getPrimaryClinician() == null ? null : c.getPrimaryClinician().getDisplayName(),
        c.getStatus().label(),
        c.getAdmissionDate(),
        ZonedDateTime.now(center.timeZone()),
        printedBy);
  }

  /**
   * @return the enabled clinicians who can be a client's primary clinician, by name
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  public List<StaffOption> clinicians() {
    return em.createQuery(
            "select distinct u from StaffUser u join u.roles r"
                + " where r = :role and u.enabled = true order by u.displayName",
            StaffUser.class)
        .setParameter("role", Role.CLINICIAN)
        .getResultStream()
        .map(u -> new StaffOption(u.getId(), u.getDisplayName()))
        .toList();
  }

  private Client visibleClient(long id) {
    Client client = em.find(Client.class, id);
    if (client == null) {
      throw new ClientNotFoundException(id);
    }
    return client; // whether the caller reaches it was checked by ClientAccessInterceptor
  }

  private static Predicate filter(
      CriteriaBuilder cb,
      Root<Client> c,
      Join<Client, StaffUser> clinician,
      ClientQuery query,
      ClientAccess access) {
    List<Predicate> where = new ArrayList<>();
    where.add(
        access.restrict(cb, c.get("id"), c.get("program").get("id"), clinician.get("username")));
    if (query.ownCaseloadOnly()) {
      where.add(cb.equal(clinician.get("username"), access.username()));
    }
    if (query.programId() != null) {
      where.add(cb.equal(c.get("program").get("id"), query.programId()));
    }
    if (query.status() != null) {
      where.add(cb.equal(c.get("status"), query.status()));
    }
    String text = query.text() == null ? "" : query.text().strip();
    Optional<LocalDate> born = dateOfBirth(text);
    if (text.matches("(?i)w[0-9]+")) {
      where.add(cb.like(c.get("mrn"), likePattern(text.toUpperCase(Locale.ROOT)) + "%", '\\'));
    } else if (born.isPresent()) {
      where.add(cb.equal(c.get("dateOfBirth"), born.get()));
    } else {
      for (String word : SearchText.fold(text).split("[\\s,]+")) {
        if (!word.isEmpty()) {
          // the start of any word of the names: "gar" finds García, "ana" does not find Mariana,
          // and each part of a double-barrelled name is a word: "ang" finds Núñez-Ångström
          where.add(
              cb.or(
                  cb.like(c.get("searchName"), likePattern(word) + "%", '\\'),
                  cb.like(c.get("searchName"), "% " + likePattern(word) + "%", '\\'),
                  cb.like(c.get("searchName"), "%-" + likePattern(word) + "%", '\\')));
        }
      }
    }
    return cb.and(where.toArray(Predicate[]::new));
  }

  private static final List<DateTimeFormatter> DATES =
      List.of(
          DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ofPattern("M-d-uuuu").withResolverStyle(ResolverStyle.STRICT),
          DateTimeFormatter.ISO_LOCAL_DATE);

  /** A typed date of birth: 04/12/1998, 4/12/1998, 04-12-1998 or 1998-04-12. */
  static Optional<LocalDate> dateOfBirth(String text) {
    for (DateTimeFormatter format : DATES) {
      try {
        return Optional.of(LocalDate.parse(text, format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /** Escapes LIKE wildcards so a typed % or _ matches itself. */
  private static String likePattern(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static List<Order> order(
      CriteriaBuilder cb,
      Root<Client> c,
      Join<Client, Program> program,
      Join<Client, StaffUser> clinician,
      ClientQuery query) {
    List<Expression<?>> keys =
        switch (query.sortBy()) {
          case NAME -> List.of(c.get("legalLastName"), c.get("legalFirstName"));
          case MRN -> List.of(c.get("mrn"));
          case DATE_OF_BIRTH -> List.of(c.get("dateOfBirth"));
          case PROGRAM -> List.of(program.get("name"), c.get("legalLastName"));
          case STATUS -> List.of(c.get("status"), c.get("legalLastName"));
          case ADMISSION_DATE -> List.of(c.get("admissionDate"));
          case CLINICIAN -> List.of(clinician.get("displayName"), c.get("legalLastName"));
          // within a level, clients marked rising come first
          case RISK_LEVEL ->
              List.of(
                  riskRank(cb, c),
                  cb.<Integer>selectCase().when(cb.isTrue(c.get("rising")), 0).otherwise(1),
                  c.get("legalLastName"));
        };
    List<Order> order = new ArrayList<>();
    // the chosen column in the chosen direction; ties by name, A to Z
    Expression<?> primary = keys.get(0);
    order.add(query.ascending() ? cb.asc(primary) : cb.desc(primary));
    for (Expression<?> key : keys.subList(1, keys.size())) {
      order.add(cb.asc(key));
    }
    order.add(cb.asc(c.get("id"))); // a stable tie-break, so paging never repeats or skips a row
    return order;
  }

  /** Risk levels by severity, not by name; clients without a level come lowest. */
  private static Expression<Integer> riskRank(CriteriaBuilder cb, Root<Client> c) {
    return cb.<RiskLevel, Integer>selectCase(c.get("riskLevel"))
        .when(RiskLevel.IMMINENT, 4)
        .when(RiskLevel.HIGH, 3)
        .when(RiskLevel.MODERATE, 2)
        .when(RiskLevel.LOW, 1)
        .otherwise(0);
  }
}
