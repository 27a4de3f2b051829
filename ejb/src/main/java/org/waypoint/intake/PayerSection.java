package org.waypoint.intake;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.waypoint.center.Wording;
import org.waypoint.kernel.PlainText;

/** Step 4: who pays, and the member id for an insurer or Medicaid. */
public class PayerSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  private PayerType payerType;

  @Size(max = 100, message = "{common.size.max}")
  @PlainText
  private String insurerName;

  @Size(max = 40, message = "{common.size.max}")
  @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9 \\-]*$", message = "{intake.memberId.pattern}")
  private String memberId;

  @Override
  public IntakeStep step() {
    return IntakeStep.PAYER;
  }

  @Override
  void readFrom(Intake intake) {
    payerType = intake.payerType;
    insurerName = intake.insurerName;
    memberId = intake.memberId;
  }

  @Override
  void applyTo(Intake intake) {
    intake.payerType = payerType;
    intake.insurerName = insurerName;
    intake.memberId = memberId;
  }

  @Override
  void refusals(Map<String, String> errors) {
    if (insurerName != null && payerType != PayerType.PRIVATE) {
      errors.put("insurerName", Wording.text("intake.insurerName.notPrivate"));
    }
    if (memberId != null && payerType == PayerType.SELF_PAY) {
      errors.put("memberId", Wording.text("intake.memberId.selfPay"));
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (payerType == null) {
      missing.put("payerType", Wording.text("intake.payerType.missing"));
    }
    if (payerType == PayerType.PRIVATE && insurerName == null) {
      missing.put("insurerName", Wording.text("intake.insurerName.missing"));
    }
    if ((payerType == PayerType.PRIVATE || payerType == PayerType.MEDICAID) && memberId == null) {
      missing.put("memberId", Wording.text("intake.memberId.missing"));
    }
  }

  public PayerType getPayerType() {
    return payerType;
  }

  public void setPayerType(PayerType payerType) {
    this.payerType = payerType;
  }

  public String getInsurerName() {
    return insurerName;
  }

  public void setInsurerName(String insurerName) {
    this.insurerName = Text.clean(insurerName);
  }

  public String getMemberId() {
    return memberId;
  }

  public void setMemberId(String memberId) {
    this.memberId = Text.clean(memberId);
  }
}
