package org.waypoint.web.safetyplan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.center.CenterSettings;
import org.waypoint.chart.ChartPart;
import org.waypoint.chart.ChartSection;
import org.waypoint.chart.PlanSection;
import org.waypoint.safetyplan.EntryChange;
import org.waypoint.safetyplan.PlanComparison;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;
import org.waypoint.safetyplan.SafetyPlanDraftView;
import org.waypoint.safetyplan.VersionSummary;
import org.waypoint.web.client.ClientChartView;
import org.waypoint.web.support.Text;

/**
 * The chart's safety-plan section: the current version with tap-to-call numbers, when its review is
 * due, the user's unsaved draft, every version, and a side-by-side comparison of any two.
 */
@Named
@ViewScoped
public class SafetyPlanTab implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ClientChartView chart;
  @Inject private CenterSettings center;

  private boolean loaded;
  private List<VersionSummary> versions = List.of();
  private LocalDate reviewDue;
  private SafetyPlanDraftView draft;
  private Integer compareFrom;
  private Integer compareTo;
  private List<EntryChange> comparison = List.of();

  /**
   * Takes the plan from the chart's read of it, once the chart has read it (the care team, when the
   * tab is first shown).
   *
   * @return whether the section has been read
   */
  private boolean ensureLoaded() {
    if (loaded) {
      return true;
    }
    ChartPart part = chart.part(ChartSection.SAFETY_PLAN);
    if (part == null || part.plan() == null) {
      return false;
    }
    PlanSection plan = part.plan();
    versions = plan.versions();
    reviewDue = plan.reviewDue();
    draft = plan.draft();
    if (versions.size() >= 2) {
      compareFrom = versions.get(1).number();
      compareTo = versions.get(0).number();
    } else if (versions.size() == 1) {
      compareFrom = compareTo = versions.get(0).number();
    }
    loaded = true;
    compare();
    return true;
  }

  /** Compares the two versions chosen, the older on the left whichever order they were picked. */
  public void compare() {
    VersionSummary a = version(compareFrom);
    VersionSummary b = version(compareTo);
    if (a == null || b == null) {
      comparison = List.of();
      return;
    }
    if (a.number() > b.number()) {
      VersionSummary t = a;
      a = b;
      b = t;
      compareFrom = a.number();
      compareTo = b.number();
    }
    comparison = PlanComparison.between(a.entries(), b.entries());
  }

  /**
   * Compares a version with the current one.
   *
   * @param number the version
   */
  public void compareWithCurrent(int number) {
    compareFrom = number;
    compareTo = versions.get(0).number();
    compare();
  }

  /**
   * @param part a part
   * @return the comparison's rows of that part
   */
  public List<EntryChange> changesIn(PlanPart part) {
    return comparison.stream().filter(c -> c.part() == part).toList();
  }

  /**
   * @param kind a kind of difference
   * @return how many entries differ in that way
   */
  public long count(String kind) {
    EntryChange.Kind k = EntryChange.Kind.valueOf(kind);
    return comparison.stream().filter(c -> c.kind() == k).count();
  }

  /**
   * @param part a part
   * @return the current version's entries of that part
   */
  public List<PlanEntry> currentIn(PlanPart part) {
    return versions.isEmpty()
        ? List.of()
        : versions.get(0).entries().stream().filter(e -> e.part() == part).toList();
  }

  private VersionSummary version(Integer number) {
    return number == null
        ? null
        : versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
  }

  /**
   * @return whether the chart has read the section (its tab shown)
   */
  public boolean isLoaded() {
    return ensureLoaded();
  }

  public List<VersionSummary> getVersions() {
    return versions;
  }

  public VersionSummary getCurrent() {
    return versions.isEmpty() ? null : versions.get(0);
  }

  public LocalDate getReviewDue() {
    return reviewDue;
  }

  /**
   * @return how many days the review is overdue; 0 or less when it is not
   */
  public long getDaysOverdue() {
    return reviewDue == null
        ? 0
        : java.time.temporal.ChronoUnit.DAYS.between(reviewDue, LocalDate.now(center.timeZone()));
  }

  /**
   * @return the description of the current version's signature image
   */
  public String getSignatureAlt() {
    return Text.of("chartPlan.signatureAlt", getCurrent() == null ? 0 : getCurrent().number());
  }

  public SafetyPlanDraftView getDraft() {
    return draft;
  }

  public Integer getCompareFrom() {
    return compareFrom;
  }

  public void setCompareFrom(Integer compareFrom) {
    this.compareFrom = compareFrom;
  }

  public Integer getCompareTo() {
    return compareTo;
  }

  public void setCompareTo(Integer compareTo) {
    this.compareTo = compareTo;
  }

  public VersionSummary getFrom() {
    return version(compareFrom);
  }

  public VersionSummary getTo() {
    return version(compareTo);
  }

  public PlanPart[] getParts() {
    return PlanPart.values();
  }
}
