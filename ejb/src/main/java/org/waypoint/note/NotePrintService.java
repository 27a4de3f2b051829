package org.waypoint.note;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.waypoint.access.ClientAccessService;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.Audited;
import org.waypoint.audit.RecordReference;
import org.waypoint.center.CenterSettings;
import org.waypoint.client.Client;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;
import org.waypoint.kernel.Roles;
import org.waypoint.report.SessionNoteData;
import org.waypoint.risk.RiskLevel;
import org.waypoint.security.StaffDirectory;

/**
 * Prints a session note: what the PDF shows, for the care team of the note's client. Every print is
 * on the audit trail. A group note prints its client's own note and the group's shared part, never
 * another attendee.
 */
@Stateless
@DeclareRoles({Roles.CLINICIAN, Roles.SUPERVISOR})
public class NotePrintService {

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @Inject private CenterSettings center;
  @Inject private NoteReader reader;
  @EJB private ClientAccessService access;

  /**
   * A printed note: what the report shows, and which note and client it is for the audit trail.
   *
   * @param noteId the note
   * @param clientId its client
   * @param data what the PDF shows
   */
  public record Printed(long noteId, long clientId, SessionNoteData data)
      implements RecordReference {

    @Override
    public long recordId() {
      return noteId;
    }

    @Override
    public Long concernedClientId() {
      return clientId;
    }

    @Override
    public String auditDetail() {
      return data.draft() ? "draft printed" : "printed";
    }
  }

  /**
   * The note as it prints: its body, signature, co-signature or return, late-entry mark and addenda
   * in order; a draft says so. On the audit trail as a print of the note.
   *
   * @param noteId the note
   * @return what the PDF shows
   * @throws NoteNotFoundException when there is no such note
   * @throws org.waypoint.kernel.AccessDeniedException when its client is out of the caller's reach
   */
  @RolesAllowed({Roles.CLINICIAN, Roles.SUPERVISOR})
  @Audited(value = AuditAction.NOTE_PRINT, recordType = RecordType.NOTE)
  public Printed print(@RecordId long noteId) {
    SessionNote note = reader.find(noteId);
    if (note == null) {
      throw new NoteNotFoundException(noteId);
    }
    access.checkCaller(note.getClientId());
    String me = session.getCallerPrincipal().getName();
    NoteDetail detail = reader.detail(note, me);
    return new Printed(noteId, note.getClientId(), data(note, detail, me));
  }

  private SessionNoteData data(SessionNote note, NoteDetail detail, String me) {
    ZoneId zone = center.timeZone();
    Client client = em.find(Client.class, note.getClientId());
    NoteContent c = detail.content();
    Set<String> people = new HashSet<>(Set.of(me));
    if (note.getSignedBy() != null) {
      people.add(note.getSignedBy());
    }
    Map<String, String> names = StaffDirectory.names(em, people);
    LocalDate contactDate =
        c.getContactDate() != null
            ? c.getContactDate()
            : LocalDate.ofInstant(note.getCreatedAt(), zone);
    NoteDetail.ContactCheckIn checkIn = detail.linkedCheckIn();
    RiskLevel risk = checkIn != null ? checkIn.level() : c.getRiskLevel();
    NoteDetail.Review review = detail.review();
    boolean coSigned = review != null && review.decision() == NoteReview.Decision.CO_SIGNED;
    boolean returned = review != null && review.decision() == NoteReview.Decision.RETURNED;
    NoteDetail.GroupPart group = detail.group();
    return new SessionNoteData(
        center.centerName(),
        detail.clientName(),
        detail.mrn(),
        client.getDateOfBirth(),
        client.getProgram().getName(),
        detail.draft(),
        contactDate,
        c.getStartTime(),
        c.getEndTime(),
        c.getModality() == null ? null : c.getModality().name(),
        c.getFormat().name(),
        c.getFormat().fields().stream()
            .map(f -> new SessionNoteData.Section(f.name(), c.text(f)))
            .toList(),
        group == null ? null : group.topic(),
        group == null ? null : group.sharedPart(),
        risk == null ? null : risk.name(),
        checkIn == null ? null : zoned(checkIn.recordedAt(), zone),
        c.getRiskObserved(),
        c.getInterventions().stream().map(Enum::name).toList(),
        c.getOtherInterventions(),
        zoned(note.getNextAppointment(), zone),
        c.getPlanGateReason(),
        detail.authorName(),
        detail.draft() ? null : zoned(detail.signedAt(), zone),
        detail.draft() ? null : names.getOrDefault(note.getSignedBy(), note.getSignedBy()),
        detail.lateEntry(),
        contactDate
            .atTime(c.getStartTime() == null ? LocalTime.MIN : c.getStartTime())
            .atZone(zone),
        detail.coSignatureRequired(),
        coSigned ? zoned(review.at(), zone) : null,
        coSigned ? review.by() : null,
        returned ? review.by() : null,
        returned ? zoned(review.at(), zone) : null,
        returned ? review.comment() : null,
        addenda(detail.addenda(), zone),
        ZonedDateTime.now(zone),
        names.getOrDefault(me, me));
  }

  private static List<SessionNoteData.Addendum> addenda(
      List<NoteDetail.Addendum> addenda, ZoneId zone) {
    return addenda.stream()
        .map(
            a ->
                new SessionNoteData.Addendum(zoned(a.at(), zone), a.author(), a.reason(), a.text()))
        .toList();
  }

  private static ZonedDateTime zoned(Instant at, ZoneId zone) {
    return at == null ? null : at.atZone(zone);
  }
}
