package org.waypoint.web.discharge;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.discharge.FollowUpCallItem;
import org.waypoint.web.support.Shown;
import org.waypoint.web.support.Text;

/** One follow-up call as the Discharge tab lists it: when due, where it stands, how it went. */
public final class CallRow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most characters of a call's next step (the service's rule, "at most 1,000 characters"). */
  static final int NEXT_STEP_LIMIT = 1000;

  /** Where a call stands. */
  public enum State {
    /** recorded with its outcome */
    RECORDED,
    /** due today, not recorded */
    DUE,
    /** not recorded by the end of its due date */
    MISSED,
    /** due on a later day */
    UPCOMING
  }

  /**
   * @return the most characters of a call's next step
   */
  public static int nextStepLimit() {
    return NEXT_STEP_LIMIT;
  }

  private final FollowUpCallItem item;
  private final State state;
  private final String byText;

  CallRow(FollowUpCallItem item, LocalDate today, Shown shown) {
    this.item = item;
    if (item.recorded()) {
      state = State.RECORDED;
    } else if (item.missed()) {
      state = State.MISSED;
    } else if (item.due().isAfter(today)) {
      state = State.UPCOMING;
    } else {
      state = State.DUE;
    }
    byText =
        item.recordedBy() == null
            ? null
            : Text.of("discharge.calls.byWhen", item.recordedBy(), shown.time(item.recordedAt()));
  }

  /**
   * @return the call as the service gave it
   */
  public FollowUpCallItem item() {
    return item;
  }

  public long getId() {
    return item.id();
  }

  public LocalDate getDueOn() {
    return item.due();
  }

  public State getState() {
    return state;
  }

  /**
   * @return where it stands, in words
   */
  public String getStateText() {
    return switch (state) {
      case RECORDED -> Text.of("discharge.calls.state.RECORDED");
      case DUE -> Text.of("discharge.calls.state.DUE");
      case MISSED -> Text.of("discharge.calls.state.MISSED");
      case UPCOMING -> Text.of("discharge.calls.state.UPCOMING");
    };
  }

  public boolean isMissed() {
    return state == State.MISSED;
  }

  public boolean isRecorded() {
    return state == State.RECORDED;
  }

  /**
   * @return whether it may be recorded now: not yet recorded and due today or missed
   */
  public boolean isRecordable() {
    return state == State.DUE || state == State.MISSED;
  }

  /**
   * @return how it went, in words, with the risk level of a reached client's check-in
   */
  public String getOutcomeText() {
    if (item.outcome() == null) {
      return null;
    }
    return item.level() == null
        ? item.outcome().label()
        : Text.of("discharge.calls.outcomeWithLevel", item.outcome().label(), item.level().label());
  }

  /**
   * @return who recorded it and when, or {@code null}
   */
  public String getByText() {
    return byText;
  }

  public String getNextStep() {
    return item.nextStep();
  }

  /**
   * @param shown how dates are written
   * @return the label of the outcome's menu, naming the call's due date
   */
  public String outcomeLabel(Shown shown) {
    return Text.of("discharge.calls.outcome", shown.date(item.due()));
  }
}
