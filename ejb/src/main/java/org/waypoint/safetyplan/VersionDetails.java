package org.waypoint.safetyplan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.waypoint.kernel.PlainText;

/**
 * What staff record about a version when they save it: whether it was reviewed with the client, and
 * how the client acknowledged it.
 */
@ConsistentAcknowledgement
public class VersionDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  private boolean reviewedWithClient;

  @NotNull(message = "{plan.acknowledgement.required}")
  private Acknowledgement acknowledgement = Acknowledgement.NOT_YET;

  @Size(max = 120, message = "{common.size.max}")
  @PlainText
  private String acknowledgedWith;

  /** The client's signature as a PNG data URL from the signature pad. */
  @Size(max = 200000, message = "{plan.signature.size}")
  @Pattern(
      regexp = "data:image/png;base64,[A-Za-z0-9+/]+=*",
      message = "{plan.signature.unreadable}")
  private String signature;

  @Size(max = 500, message = "{common.size.max}")
  @PlainText
  private String note;

  public boolean isReviewedWithClient() {
    return reviewedWithClient;
  }

  public void setReviewedWithClient(boolean reviewedWithClient) {
    this.reviewedWithClient = reviewedWithClient;
  }

  public Acknowledgement getAcknowledgement() {
    return acknowledgement;
  }

  public void setAcknowledgement(Acknowledgement acknowledgement) {
    this.acknowledgement = acknowledgement;
  }

  public String getAcknowledgedWith() {
    return acknowledgedWith;
  }

  public void setAcknowledgedWith(String acknowledgedWith) {
    this.acknowledgedWith = blankToNull(acknowledgedWith);
  }

  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = blankToNull(signature);
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = blankToNull(note);
  }

  /**
   * @return a copy keeping only what belongs to the acknowledgement chosen: the signature of a
   *     signed one, the staff member of a verbal one (the screen may have both from switching)
   */
  public VersionDetails kept() {
    VersionDetails d = new VersionDetails();
    d.reviewedWithClient = reviewedWithClient;
    d.acknowledgement = acknowledgement;
    d.acknowledgedWith = acknowledgement == Acknowledgement.VERBAL ? acknowledgedWith : null;
    d.signature = acknowledgement == Acknowledgement.SIGNED ? signature : null;
    d.note = note;
    return d;
  }

  private static String blankToNull(String text) {
    return PlainText.Validator.asTyped(text);
  }
}
