package org.waypoint.note;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.waypoint.kernel.PlainText;
import org.waypoint.risk.RiskLevel;

/**
 * What a clinician writes in a note, exactly as typed: nothing is trimmed or cut. A draft may leave
 * anything empty; signing needs the contact's date and times, the modality and every part of the
 * format ({@link NoteRules}).
 */
public class NoteContent implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most characters of the words about the risk observed. */
  public static final int RISK_OBSERVED_LIMIT = 2000;

  /** The most characters of the other interventions. */
  public static final int OTHER_INTERVENTIONS_LIMIT = 500;

  /** The most characters of the reason a High or Imminent contact's plan was not reviewed. */
  public static final int GATE_REASON_LIMIT = 2000;

  private LocalDate contactDate;
  private LocalTime startTime;
  private LocalTime endTime;
  private Modality modality;

  @NotNull(message = "{note.format.required}")
  private NoteFormat format = NoteFormat.SOAP;

  private final EnumMap<NoteField, String> texts = new EnumMap<>(NoteField.class);

  private RiskLevel riskLevel;
  private Long checkInId;

  @Size(max = RISK_OBSERVED_LIMIT, message = "{common.size.max}")
  @PlainText
  private String riskObserved;

  private EnumSet<Intervention> interventions = EnumSet.noneOf(Intervention.class);

  @Size(max = OTHER_INTERVENTIONS_LIMIT, message = "{common.size.max}")
  @PlainText
  private String otherInterventions;

  private LocalDate nextAppointmentDate;
  private LocalTime nextAppointmentTime;

  @Size(max = GATE_REASON_LIMIT, message = "{common.size.max}")
  @PlainText
  private String planGateReason;

  /**
   * @return a copy of every value
   */
  public NoteContent copy() {
    NoteContent c = new NoteContent();
    c.contactDate = contactDate;
    c.startTime = startTime;
    c.endTime = endTime;
    c.modality = modality;
    c.format = format;
    c.texts.putAll(texts);
    c.riskLevel = riskLevel;
    c.checkInId = checkInId;
    c.riskObserved = riskObserved;
    c.interventions = EnumSet.copyOf(interventions);
    c.otherInterventions = otherInterventions;
    c.nextAppointmentDate = nextAppointmentDate;
    c.nextAppointmentTime = nextAppointmentTime;
    c.planGateReason = planGateReason;
    return c;
  }

  /**
   * @return the contact's length in minutes, or {@code null} while a time is missing or the end is
   *     not after the start
   */
  public Long getMinutes() {
    if (startTime == null || endTime == null || !endTime.isAfter(startTime)) {
      return null;
    }
    return Duration.between(startTime, endTime).toMinutes();
  }

  /**
   * @param field a part
   * @return its text, or {@code null}
   */
  public String text(NoteField field) {
    return texts.get(field);
  }

  /**
   * @param field a part
   * @param text its text as typed; blank keeps nothing
   */
  public void setText(NoteField field, String text) {
    if (text == null || text.isBlank()) {
      texts.remove(field);
    } else {
      texts.put(field, text);
    }
  }

  /**
   * @return the parts' texts by part, for binding on a screen (changes write through)
   */
  public Map<NoteField, String> getTexts() {
    return new TextsView();
  }

  /** A map over the texts whose {@code put} applies {@link #setText}'s rule. */
  private final class TextsView extends java.util.AbstractMap<NoteField, String>
      implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Set<Entry<NoteField, String>> entrySet() {
      return texts.entrySet();
    }

    @Override
    public String get(Object key) {
      return key instanceof String name ? texts.get(NoteField.valueOf(name)) : texts.get(key);
    }

    @Override
    public String put(NoteField key, String value) {
      String before = texts.get(key);
      setText(key, value);
      return before;
    }
  }

  /**
   * @return whether nothing at all has been written or chosen beyond the defaults
   */
  public boolean isBlank() {
    return texts.isEmpty()
        && riskObserved == null
        && interventions.isEmpty()
        && otherInterventions == null
        && planGateReason == null;
  }

  public LocalDate getContactDate() {
    return contactDate;
  }

  public void setContactDate(LocalDate contactDate) {
    this.contactDate = contactDate;
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public void setStartTime(LocalTime startTime) {
    this.startTime = startTime;
  }

  public LocalTime getEndTime() {
    return endTime;
  }

  public void setEndTime(LocalTime endTime) {
    this.endTime = endTime;
  }

  public Modality getModality() {
    return modality;
  }

  public void setModality(Modality modality) {
    this.modality = modality;
  }

  public NoteFormat getFormat() {
    return format;
  }

  public void setFormat(NoteFormat format) {
    this.format = format;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public Long getCheckInId() {
    return checkInId;
  }

  public void setCheckInId(Long checkInId) {
    this.checkInId = checkInId;
  }

  public String getRiskObserved() {
    return riskObserved;
  }

  public void setRiskObserved(String riskObserved) {
    this.riskObserved = blankToNull(riskObserved);
  }

  public Set<Intervention> getInterventions() {
    return interventions;
  }

  public void setInterventions(Set<Intervention> interventions) {
    this.interventions =
        interventions == null || interventions.isEmpty()
            ? EnumSet.noneOf(Intervention.class)
            : EnumSet.copyOf(interventions);
  }

  public String getOtherInterventions() {
    return otherInterventions;
  }

  public void setOtherInterventions(String otherInterventions) {
    this.otherInterventions = blankToNull(otherInterventions);
  }

  public LocalDate getNextAppointmentDate() {
    return nextAppointmentDate;
  }

  public void setNextAppointmentDate(LocalDate nextAppointmentDate) {
    this.nextAppointmentDate = nextAppointmentDate;
  }

  public LocalTime getNextAppointmentTime() {
    return nextAppointmentTime;
  }

  public void setNextAppointmentTime(LocalTime nextAppointmentTime) {
    this.nextAppointmentTime = nextAppointmentTime;
  }

  public String getPlanGateReason() {
    return planGateReason;
  }

  public void setPlanGateReason(String planGateReason) {
    this.planGateReason = blankToNull(planGateReason);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
