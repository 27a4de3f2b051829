package org.waypoint.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.waypoint.access.ClientAccessService;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.center.CenterSettings;
import org.waypoint.center.Wording;
import org.waypoint.client.Client;
import org.waypoint.client.ClientProfile;
import org.waypoint.client.ClientRegistrar;
import org.waypoint.client.ClientRegistration;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.PageRequest;
import org.waypoint.kernel.PlainText;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Refusals;
import org.waypoint.kernel.Role;
import org.waypoint.kernel.Roles;
import org.waypoint.program.Program;
import org.waypoint.security.StaffDirectory;
import org.waypoint.security.StaffUser;

/**
 * The intake workflow. Intake staff (and supervisors) start an intake, save its steps in any order
 * and as often as needed, and admit the client once every step is complete; any of them can resume
 * an intake another started. A step with a refused value is not saved at all; a step saved with
 * something still missing is kept, and the admission names what is missing. Every call is audited.
 */
@Stateless
@DeclareRoles({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
public class IntakeService {

  /** The most rows one page of the list may ask for. */
  public static final int MAX_PAGE_SIZE = PageRequest.MAX_SIZE;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private Validator validator;
  @Inject private CenterSettings center;
  @Inject private ClientRegistrar registrar;
  @Inject private IntakeWriter writer;
  @Inject private IntakeReader reader;
  @EJB private ClientAccessService accessService;

  /**
   * @return a new, empty intake
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_START, recordType = RecordType.INTAKE)
  public IntakeRecord start() {
    Intake intake = writer.start(now(), caller());
    em.flush();
    return record(intake, null);
  }

  /**
   * @param intakeId the intake
   * @return the intake as saved
   * @throws IntakeNotFoundException when there is no such intake
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_VIEW, recordType = RecordType.INTAKE)
  public IntakeRecord open(@RecordId long intakeId) {
    Intake intake = find(intakeId);
    if (intake.getClient() != null) {
      // once admitted, the intake is part of the client's record, with the client's access rules
      accessService.checkCaller(intake.getClient().getId());
    }
    return record(intake, null);
  }

  /**
   * The intake that admitted a client, for the chart.
   *
   * @param clientId the client
   * @return the intake, or {@code null} when the client was registered without one
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.INTAKE_VIEW)
  @ClientRecord
  public IntakeRecord ofClient(@ClientId long clientId) {
    return reader.ofClient(clientId);
  }

  /**
   * Saves one step. Nothing is saved when a value is refused or someone else saved the intake since
   * {@code version}.
   *
   * @param intakeId the intake
   * @param version the version the caller's copy was read at
   * @param section the step as typed
   * @return the intake as saved now, with what each step still needs
   * @throws InvalidInputException with a message per refused property
   * @throws IntakeConflictException when someone else saved or closed the intake meanwhile
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_SAVE, recordType = RecordType.INTAKE)
  public IntakeRecord save(@RecordId long intakeId, long version, IntakeSection section) {
    Intake intake = openFor(intakeId, version);
    if (section instanceof ContactsSection contacts) {
      contacts.dropEmptyRows();
    }
    if (section instanceof ConsentsSection consents) {
      consents.dropEmptyRows();
    }
    Refusals errors = Refusals.of(validator.validate(section));
    if (section instanceof PlacementSection placement) {
      Program program = program(placement, errors);
      StaffUser clinician = clinician(placement, errors);
      if (errors.isEmpty()) {
        writer.place(intake, placement, program, clinician, now(), caller());
      }
    } else if (errors.isEmpty()) {
      writer.save(intake, section, now(), caller());
    }
    errors.throwIfAny();
    flush(intake);
    return record(intake, Wording.text("intake.audit.saved", section.step().label()));
  }

  /**
   * Admits the client: registers them as active in the chosen program with the chosen primary
   * clinician, and gives them the screening's risk level as their first. Refused, and nothing
   * saved, while a step is incomplete, the date is wrong or the client is already registered.
   *
   * @param intakeId the intake
   * @param version the version the caller's copy was read at
   * @param admissionDate the admission date
   * @return the admitted client
   * @throws InvalidInputException naming what stops the admission
   * @throws IntakeConflictException when someone else saved or closed the intake meanwhile
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_ADMIT, recordType = RecordType.INTAKE)
  public ClientProfile admit(@RecordId long intakeId, long version, LocalDate admissionDate) {
    Intake intake = openFor(intakeId, version);
    IntakeRecord current = record(intake, null);
    Refusals errors = Refusals.none();
    List<IntakeStep> incomplete = current.incompleteSteps();
    if (!incomplete.isEmpty()) {
      errors.add(
          "admission",
          Wording.text(
              "intake.admit.incomplete",
              incomplete.stream().map(IntakeStep::label).collect(Collectors.joining(", "))));
    }
    LocalDate today = LocalDate.now(center.timeZone());
    LocalDate referred = current.referral().getReferralDate();
    if (admissionDate == null) {
      errors.add("admissionDate", Wording.text("intake.admissionDate.required"));
    } else if (admissionDate.isAfter(today)) {
      errors.add("admissionDate", Wording.text("intake.admissionDate.future"));
    } else if (referred != null && admissionDate.isBefore(referred)) {
      errors.add("admissionDate", Wording.text("intake.admissionDate.beforeReferral"));
    }
    errors.throwIfAny();
    ClientRegistration form = IntakeWriter.registration(current, admissionDate);
    errors.add(
        validator.validate(form),
        path -> path.equals("admissionDate") ? "admissionDate" : "admission");
    registrar
        .duplicateOf(form.getLegalFirstName(), form.getLegalLastName(), form.getDateOfBirth())
        .ifPresent(mrn -> errors.add("admission", Wording.text("intake.admit.duplicate", mrn)));
    errors.throwIfAny();
    Client client = writer.admit(intake, admissionDate, now(), caller());
    flush(intake);
    return ClientProfile.of(client);
  }

  /**
   * Closes an intake without admitting the client, e.g. referred elsewhere or declined.
   *
   * @param intakeId the intake
   * @param version the version the caller's copy was read at
   * @param reason why, in words
   * @return the closed intake
   * @throws InvalidInputException when no reason is given
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_WITHDRAW, recordType = RecordType.INTAKE)
  public IntakeRecord withdraw(@RecordId long intakeId, long version, String reason) {
    Intake intake = openFor(intakeId, version);
    String text = Text.clean(reason);
    if (text == null) {
      throw Refusals.refusal("withdrawReason", Wording.text("intake.withdrawReason.required"));
    }
    if (text.length() > 500) {
      throw Refusals.refusal("withdrawReason", Wording.text("intake.withdrawReason.size"));
    }
    if (PlainText.Validator.hasControlCharacter(text)) {
      throw Refusals.refusal("withdrawReason", Wording.text("kernel.text.control"));
    }
    intake.withdrawn(text);
    intake.touched(now(), caller());
    flush(intake);
    return record(intake, Wording.text("intake.audit.withdrawn"));
  }

  /**
   * Records that the client revoked a 42 CFR Part 2 disclosure consent, after admission as well as
   * during the intake. The consent stays on record with the date of its revocation.
   *
   * @param clientId the client
   * @param index which of the client's disclosure consents (as listed, from 0)
   * @param revokedOn the day the client revoked it
   * @return the client's intake as it is now
   * @throws InvalidInputException when there is no such consent, it is already revoked, or the date
   *     is in the future or before the signing
   */
  @RolesAllowed({Roles.INTAKE, Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(AuditAction.CONSENT_REVOKED)
  @ClientRecord
  public IntakeRecord revokeDisclosure(@ClientId long clientId, int index, LocalDate revokedOn) {
    Intake intake =
        em.createQuery("select i from Intake i where i.client.id = :client", Intake.class)
            .setParameter("client", clientId)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () -> Refusals.refusal("revokedOn", Wording.text("intake.consent.noneOnRecord")));
    if (index < 0 || index >= intake.disclosures.size()) {
      throw Refusals.refusal("revokedOn", Wording.text("intake.consent.notOnRecord"));
    }
    DisclosureConsent consent = intake.disclosures.get(index);
    String refused = null;
    if (consent.getRevokedOn() != null) {
      refused = Wording.text("intake.consent.revokedAlready");
    } else if (revokedOn == null) {
      refused = Wording.text("intake.consent.revokedOn.required");
    } else if (revokedOn.isAfter(LocalDate.now(center.timeZone()))) {
      refused = Wording.text("intake.consent.revokedOn.future");
    } else if (revokedOn.isBefore(consent.getSignedOn())) {
      refused = Wording.text("intake.consent.revokedOn.beforeSigning");
    }
    if (refused != null) {
      throw Refusals.refusal("revokedOn", refused);
    }
    consent.setRevokedOn(revokedOn);
    intake.touched(now(), caller());
    flush(intake);
    return record(intake, Wording.text("intake.audit.consentRevoked", index + 1));
  }

  /**
   * @param first the index of the first row
   * @param pageSize rows, at most {@link #MAX_PAGE_SIZE}
   * @return intakes in progress, the most recently saved first
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  @Audited(value = AuditAction.INTAKE_LIST, recordType = RecordType.INTAKE)
  public List<IntakeSummary> inProgress(int first, int pageSize) {
    PageRequest page = PageRequest.of(first, pageSize);
    List<Intake> rows =
        em.createQuery(
                "select i from Intake i where i.status = :status"
                    + " order by i.updatedAt desc, i.id desc",
                Intake.class)
            .setParameter("status", IntakeStatus.IN_PROGRESS)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    Map<String, String> names =
        StaffDirectory.names(
            em, rows.stream().flatMap(i -> Stream.of(i.getStartedBy(), i.getUpdatedBy())).toList());
    List<IntakeSummary> summaries = new ArrayList<>();
    for (Intake i : rows) {
      summaries.add(
          new IntakeSummary(
              i.getId(),
              IntakeRecord.legalName(i.legalFirstName, i.legalLastName),
              i.dateOfBirth,
              i.referralDate,
              i.getStartedAt(),
              names.getOrDefault(i.getStartedBy(), i.getStartedBy()),
              i.getUpdatedAt(),
              names.getOrDefault(i.getUpdatedBy(), i.getUpdatedBy()),
              i.getCompleteSteps().size()));
    }
    return summaries;
  }

  /**
   * @return how many intakes are in progress
   */
  @RolesAllowed({Roles.INTAKE, Roles.SUPERVISOR})
  public long countInProgress() {
    return em.createQuery("select count(i) from Intake i where i.status = :status", Long.class)
        .setParameter("status", IntakeStatus.IN_PROGRESS)
        .getSingleResult();
  }

  private Program program(PlacementSection placement, Refusals errors) {
    if (placement.getProgramId() == null) {
      return null;
    }
    Program program = em.find(Program.class, placement.getProgramId());
    if (program == null) {
      errors.add("programId", Wording.text("client.programId.gone"));
    }
    return program;
  }

  private StaffUser clinician(PlacementSection placement, Refusals errors) {
    if (placement.getPrimaryClinicianId() == null) {
      return null;
    }
    StaffUser clinician = em.find(StaffUser.class, placement.getPrimaryClinicianId());
    if (clinician == null
        || !clinician.isEnabled()
        || !clinician.getRoles().contains(Role.CLINICIAN)) {
      errors.add("primaryClinicianId", Wording.text("client.primaryClinicianId.unknown"));
      return null;
    }
    return clinician;
  }

  private Intake find(long intakeId) {
    Intake intake = em.find(Intake.class, intakeId);
    if (intake == null) {
      throw new IntakeNotFoundException(intakeId);
    }
    return intake;
  }

  /** The intake, if it is still in progress and unchanged since the caller read it. */
  private Intake openFor(long intakeId, long version) {
    Intake intake = find(intakeId);
    String by =
        StaffDirectory.names(em, List.of(intake.getUpdatedBy()))
            .getOrDefault(intake.getUpdatedBy(), intake.getUpdatedBy());
    String when =
        DateTimeFormatter.ofPattern(Wording.text("center.format.time"), center.locale())
            .format(ZonedDateTime.ofInstant(intake.getUpdatedAt(), center.timeZone()));
    if (intake.getStatus() != IntakeStatus.IN_PROGRESS) {
      throw new IntakeConflictException(
          Wording.text(
              intake.getStatus() == IntakeStatus.ADMITTED
                  ? "intake.conflict.admitted"
                  : "intake.conflict.closed",
              by,
              when),
          intake.getVersion());
    }
    if (intake.getVersion() != version) {
      throw new IntakeConflictException(
          Wording.text("intake.conflict.savedMeanwhile", by, when), intake.getVersion());
    }
    return intake;
  }

  private void flush(Intake intake) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new IntakeConflictException(
          Wording.text("intake.conflict.sameMoment"), intake.getVersion());
    }
  }

  private IntakeRecord record(Intake intake, String auditDetail) {
    return new IntakeRecord(
        intake,
        StaffDirectory.names(em, List.of(intake.getStartedBy(), intake.getUpdatedBy())),
        auditDetail);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant now() {
    // the database keeps microseconds: what is returned equals what is stored
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
