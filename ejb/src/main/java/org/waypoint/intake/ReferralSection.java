package org.waypoint.intake;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;

/** Step 1: who referred the client, when, and why. */
public class ReferralSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  private ReferralSource source;

  @PastOrPresent(message = "{intake.referralDate.notFuture}")
  private LocalDate referralDate;

  @Size(max = 2000, message = "{common.size.max}")
  @PlainText
  private String reason;

  @Override
  public IntakeStep step() {
    return IntakeStep.REFERRAL;
  }

  @Override
  void readFrom(Intake intake) {
    source = intake.referralSource;
    referralDate = intake.referralDate;
    reason = intake.referralReason;
  }

  @Override
  void applyTo(Intake intake) {
    intake.referralSource = source;
    intake.referralDate = referralDate;
    intake.referralReason = reason;
  }

  @Override
  void missing(Map<String, String> missing) {
    if (source == null) {
      missing.put("source", Wording.text("intake.source.missing"));
    }
    if (referralDate == null) {
      missing.put("referralDate", Wording.text("intake.referralDate.missing"));
    }
    if (reason == null) {
      missing.put("reason", Wording.text("intake.reason.missing"));
    }
  }

  public ReferralSource getSource() {
    return source;
  }

  public void setSource(ReferralSource source) {
    this.source = source;
  }

  public LocalDate getReferralDate() {
    return referralDate;
  }

  public void setReferralDate(LocalDate referralDate) {
    this.referralDate = referralDate;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = Text.clean(reason);
  }
}
