package org.waypoint.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waypoint.center.Wording;

/** Step 5: consent to treatment, and 42 CFR Part 2 disclosure consents. */
public class ConsentsSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  /** The most disclosure consents an intake records. */
  public static final int MAX_DISCLOSURES = 10;

  private boolean treatmentConsent;

  @PastOrPresent(message = "{intake.treatmentConsentOn.notFuture}")
  private LocalDate treatmentConsentOn;

  @Valid
  @Size(max = MAX_DISCLOSURES, message = "{intake.disclosures.size}")
  private List<DisclosureConsent> disclosures = new ArrayList<>();

  @Override
  public IntakeStep step() {
    return IntakeStep.CONSENTS;
  }

  void dropEmptyRows() {
    disclosures.removeIf(DisclosureConsent::isEmpty);
  }

  @Override
  void readFrom(Intake intake) {
    treatmentConsent = intake.treatmentConsent;
    treatmentConsentOn = intake.treatmentConsentOn;
    disclosures = new ArrayList<>(intake.disclosures.stream().map(DisclosureConsent::new).toList());
  }

  @Override
  void applyTo(Intake intake) {
    intake.treatmentConsent = treatmentConsent;
    intake.treatmentConsentOn = treatmentConsentOn;
    intake.disclosures.clear();
    disclosures.stream().map(DisclosureConsent::new).forEach(intake.disclosures::add);
  }

  @Override
  void refusals(Map<String, String> errors) {
    if (!treatmentConsent && treatmentConsentOn != null) {
      errors.put("treatmentConsent", Wording.text("intake.treatmentConsent.dateWithout"));
    }
    for (int i = 0; i < disclosures.size(); i++) {
      DisclosureConsent d = disclosures.get(i);
      String row = "disclosures[" + i + "].";
      if (d.getSignedOn() != null
          && d.getExpiresOn() != null
          && !d.getExpiresOn().isAfter(d.getSignedOn())) {
        errors.putIfAbsent(row + "expiresOn", Wording.text("intake.expiresOn.beforeSigning"));
      }
      if (d.getSignedOn() != null
          && d.getRevokedOn() != null
          && d.getRevokedOn().isBefore(d.getSignedOn())) {
        errors.putIfAbsent(
            row + "revokedOn", Wording.text("intake.consent.revokedOn.beforeSigning"));
      }
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (!treatmentConsent) {
      missing.put("treatmentConsent", Wording.text("intake.treatmentConsent.missing"));
    } else if (treatmentConsentOn == null) {
      missing.put("treatmentConsentOn", Wording.text("intake.treatmentConsentOn.missing"));
    }
  }

  public boolean isTreatmentConsent() {
    return treatmentConsent;
  }

  public void setTreatmentConsent(boolean treatmentConsent) {
    this.treatmentConsent = treatmentConsent;
  }

  public LocalDate getTreatmentConsentOn() {
    return treatmentConsentOn;
  }

  public void setTreatmentConsentOn(LocalDate treatmentConsentOn) {
    this.treatmentConsentOn = treatmentConsentOn;
  }

  public List<DisclosureConsent> getDisclosures() {
    return disclosures;
  }

  public void setDisclosures(List<DisclosureConsent> disclosures) {
    this.disclosures = new ArrayList<>(disclosures);
  }
}
