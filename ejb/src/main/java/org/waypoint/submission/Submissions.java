package org.waypoint.submission;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.waypoint.center.Wording;
import org.waypoint.kernel.InvalidInputException;
import org.waypoint.kernel.Refusals;

/**
 * The one way a service makes a submission take effect once. The form carries a random token from
 * the moment it is shown ({@link #newToken()}); the service begins with it and, when the work is
 * done, says which record it made:
 *
 * <pre>{@code
 * OptionalLong done = submissions.begin(token, SubmissionKind.CHECK_IN);
 * if (done.isPresent()) {
 *   return whatWasRecorded(done.getAsLong()); // a replay: the first one's outcome
 * }
 * ... record ...
 * submissions.recorded(token, checkIn.getId());
 * }</pre>
 *
 * {@link #begin} locks the token's row until the caller's transaction ends, so a copy of the
 * submission sent at the same moment waits, then finds the first one's record. A submission that is
 * refused (a field to correct) records nothing, and the corrected form sends the same token again.
 * Both methods run in the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Submissions {

  /** The name of a submission's token wherever a refusal names it. */
  public static final String FIELD = "submission";

  private static final Pattern TOKEN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** How often a token is claimed before its row must be there. */
  private static final int CLAIMS = 3;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext session;
  @EJB private SubmissionClaims claims;

  /**
   * @return a new token for a form being shown
   */
  public static String newToken() {
    return java.util.UUID.randomUUID().toString();
  }

  /**
   * Starts a submission: keeps its token if new, then locks it until the caller's transaction ends.
   *
   * @param token the token the form was shown with
   * @param kind what the submission records
   * @return the record this submission made already, when it is a replay; empty when it is to be
   *     done now
   * @throws InvalidInputException when the token is not one Waypoint made, or belongs to another
   *     user's or another kind of submission (a form tampered with)
   */
  public OptionalLong begin(String token, SubmissionKind kind) {
    String me = session.getCallerPrincipal().getName();
    if (token == null || !TOKEN.matcher(token).matches()) {
      throw Refusals.refusal(FIELD, Wording.text("submission.token.invalid"));
    }
    Submission submission = null;
    // a twin's row not yet committed when this claim met it: claim again, which now finds it
    for (int attempt = 0; submission == null && attempt < CLAIMS; attempt++) {
      claims.claim(token, kind, me);
      submission = em.find(Submission.class, token, LockModeType.PESSIMISTIC_WRITE);
    }
    if (submission == null || !submission.sentBy(kind, me)) {
      throw Refusals.refusal(FIELD, Wording.text("submission.token.invalid"));
    }
    Long recorded = submission.getRecordId();
    return recorded == null ? OptionalLong.empty() : OptionalLong.of(recorded);
  }

  /**
   * Ends a submission begun by {@link #begin} in this transaction: from its commit on, a replay
   * gets this record.
   *
   * @param token the token
   * @param recordId the record the submission made
   */
  public void recorded(String token, long recordId) {
    Submission submission = em.find(Submission.class, token, LockModeType.PESSIMISTIC_WRITE);
    submission.recorded(recordId, Instant.now().truncatedTo(ChronoUnit.MICROS));
    em.flush();
  }
}
