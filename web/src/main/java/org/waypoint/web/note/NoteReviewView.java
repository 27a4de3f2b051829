package org.waypoint.web.note;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReference;
import org.waypoint.note.CoSignatureService;
import org.waypoint.note.NoteDetail;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.SaveAttempt;
import org.waypoint.web.support.Text;

/**
 * A supervisor's co-sign and return controls under a note waiting for co-signature ({@code
 * WEB-INF/includes/note-review.xhtml}, form {@value #FORM}). A decision goes back to the note's
 * page with a message; a refusal shows beside the buttons or the comment, which is kept.
 */
@Named
@ViewScoped
public class NoteReviewView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The id of the include's form. */
  public static final String FORM = "reviewForm";

  @EJB private CoSignatureService coSignatures;

  private String comment;

  /**
   * Co-signs the note and shows it again.
   *
   * @param noteId the note
   * @throws IOException when the redirect fails
   */
  public void coSign(long noteId) throws IOException {
    AtomicReference<NoteDetail> decided = new AtomicReference<>();
    if (SaveAttempt.of(FORM, "review.coSign").run(() -> decided.set(coSignatures.coSign(noteId)))) {
      FormMessages.redirectWithMessage(
          "/note/" + noteId, Text.of("review.coSign.done", decided.get().authorName()));
    }
  }

  /**
   * Returns the note to its author with the comment typed, and shows it again.
   *
   * @param noteId the note
   * @throws IOException when the redirect fails
   */
  public void returnNote(long noteId) throws IOException {
    AtomicReference<NoteDetail> decided = new AtomicReference<>();
    if (SaveAttempt.of(FORM, "review.return")
        .run(() -> decided.set(coSignatures.returnNote(noteId, comment)))) {
      comment = null;
      FormMessages.redirectWithMessage(
          "/note/" + noteId, Text.of("review.return.done", decided.get().authorName()));
    }
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  /**
   * @return the most characters of a return comment
   */
  public int getCommentLimit() {
    return CoSignatureService.COMMENT_LIMIT;
  }
}
