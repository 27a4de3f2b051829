package org.waypoint.web.discharge;

import java.io.Serializable;
import org.waypoint.discharge.ChecklistItem;
import org.waypoint.discharge.DischargeChecklist;
import org.waypoint.discharge.DischargeForm;
import org.waypoint.web.support.Text;

/**
 * One checklist item as the Discharge tab and the editor show it: its evaluation, and on the editor
 * its reason bound to the form being typed.
 */
public final class ChecklistRow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where an item stands. */
  public enum Status {
    /** the record shows it done */
    MET,
    /** not done, with a reason */
    EXPLAINED,
    /** neither: approval waits for it */
    OPEN
  }

  private final DischargeChecklist.Item evaluated;
  private final DischargeForm form;

  /**
   * @param evaluated the item as last evaluated
   * @param form the form whose reason the editor binds, or {@code null} on the tab (read only)
   */
  ChecklistRow(DischargeChecklist.Item evaluated, DischargeForm form) {
    this.evaluated = evaluated;
    this.form = form;
  }

  /**
   * @return the item
   */
  public ChecklistItem getItem() {
    return evaluated.item();
  }

  /**
   * @return the item's words
   */
  public String getLabel() {
    return evaluated.item().label();
  }

  /**
   * @return met, explained, or neither
   */
  public Status getStatus() {
    if (evaluated.met()) {
      return Status.MET;
    }
    return evaluated.explained() ? Status.EXPLAINED : Status.OPEN;
  }

  /**
   * @return the status in words, with the reason when explained
   */
  public String getStatusText() {
    return switch (getStatus()) {
      case MET -> Text.of("discharge.checklist.met");
      case EXPLAINED -> Text.of("discharge.checklist.explained", evaluated.reason());
      case OPEN -> Text.of("discharge.checklist.open");
    };
  }

  /**
   * @return the label of the reason's field, naming the item
   */
  public String getReasonLabel() {
    return Text.of("discharge.checklist.reasonLabel", getLabel());
  }

  /**
   * @return the reason as typed on the editor (or as saved, on the tab)
   */
  public String getReason() {
    return form == null ? evaluated.reason() : form.itemReason(evaluated.item());
  }

  /**
   * @param reason the reason typed
   */
  public void setReason(String reason) {
    if (form != null) {
      form.setItemReason(evaluated.item(), reason);
    }
  }
}
