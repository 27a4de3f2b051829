package org.waypoint.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Step 5: consent to treatment, and 42 CFR Part 2 disclosure consents. */
public class ConsentsSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  /** The most disclosure consents an intake records. */
  public static final int MAX_DISCLOSURES = 10;

  private boolean treatmentConsent;

  @PastOrPresent(message = "The consent date cannot be in the future.")
  private LocalDate treatmentConsentOn;

  @Valid
  @Size(max = MAX_DISCLOSURES, message = "Record at most 10 disclosure consents.")
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
      errors.put(
          "treatmentConsent",
          "A consent date is entered: tick consent to treatment, or clear the date.");
    }
    for (int i = 0; i < disclosures.size(); i++) {
      DisclosureConsent d = disclosures.get(i);
      String row = "disclosures[" + i + "].";
      if (d.getSignedOn() != null
          && d.getExpiresOn() != null
          && !d.getExpiresOn().isAfter(d.getSignedOn())) {
        errors.putIfAbsent(row + "expiresOn", "The consent must expire after it was signed.");
      }
      if (d.getSignedOn() != null
          && d.getRevokedOn() != null
          && d.getRevokedOn().isBefore(d.getSignedOn())) {
        errors.putIfAbsent(row + "revokedOn", "A revocation cannot come before the signing.");
      }
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (!treatmentConsent) {
      missing.put("treatmentConsent", "The client's consent to treatment is needed to admit.");
    } else if (treatmentConsentOn == null) {
      missing.put("treatmentConsentOn", "Enter the date the client consented to treatment.");
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
