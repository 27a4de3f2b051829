package org.waypoint.web.intake;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.waypoint.intake.IntakeRecord;
import org.waypoint.intake.IntakeService;
import org.waypoint.intake.IntakeSummary;
import org.waypoint.web.support.FormMessages;
import org.waypoint.web.support.PagedList;
import org.waypoint.web.support.Text;

/** The intakes in progress, and the start of a new one. */
@Named
@ViewScoped
public class IntakeListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private IntakeService intakes;

  private PagedList<IntakeSummary> inProgress;

  @PostConstruct
  void init() {
    inProgress =
        new PagedList<>(
            intakes::countInProgress, intakes::inProgress, row -> Long.toString(row.id()));
  }

  /** Starts an intake and opens its first step. */
  public void start() throws IOException {
    IntakeRecord intake = intakes.start();
    FormMessages.redirectWithMessage("/intake/" + intake.id(), Text.of("intake.started"));
  }

  public PagedList<IntakeSummary> getInProgress() {
    return inProgress;
  }
}
