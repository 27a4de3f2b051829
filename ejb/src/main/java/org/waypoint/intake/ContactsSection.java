package org.waypoint.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.waypoint.center.Wording;

/** Step 3: emergency contacts, each with the client's consent to contact them or not. */
public class ContactsSection extends IntakeSection {
  private static final long serialVersionUID = 1L;

  /** The most contacts an intake records. */
  public static final int MAX_CONTACTS = 5;

  @Valid
  @Size(max = MAX_CONTACTS, message = "{intake.contacts.size}")
  private List<EmergencyContact> contacts = new ArrayList<>();

  private boolean noEmergencyContact;

  @Override
  public IntakeStep step() {
    return IntakeStep.CONTACTS;
  }

  /** Drops rows in which nothing was typed: an added row left empty is not a contact. */
  void dropEmptyRows() {
    contacts.removeIf(EmergencyContact::isEmpty);
  }

  @Override
  void readFrom(Intake intake) {
    contacts = new ArrayList<>(intake.contacts.stream().map(EmergencyContact::new).toList());
    noEmergencyContact = intake.noEmergencyContact;
  }

  @Override
  void applyTo(Intake intake) {
    intake.contacts.clear();
    contacts.stream().map(EmergencyContact::new).forEach(intake.contacts::add);
    intake.noEmergencyContact = noEmergencyContact;
  }

  @Override
  void refusals(Map<String, String> errors) {
    if (noEmergencyContact && !contacts.isEmpty()) {
      errors.put("noEmergencyContact", Wording.text("intake.noEmergencyContact.contactsListed"));
    }
  }

  @Override
  void missing(Map<String, String> missing) {
    if (contacts.isEmpty() && !noEmergencyContact) {
      missing.put("noEmergencyContact", Wording.text("intake.contacts.missing"));
    }
  }

  public List<EmergencyContact> getContacts() {
    return contacts;
  }

  public void setContacts(List<EmergencyContact> contacts) {
    this.contacts = new ArrayList<>(contacts);
  }

  public boolean isNoEmergencyContact() {
    return noEmergencyContact;
  }

  public void setNoEmergencyContact(boolean noEmergencyContact) {
    this.noEmergencyContact = noEmergencyContact;
  }
}
