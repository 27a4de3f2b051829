package org.waypoint.intake;

import java.util.List;

/** A fresh, empty section for each step before admission, in order. */
final class IntakeSections {

  private IntakeSections() {}

  static List<IntakeSection> all() {
    return List.of(
        new ReferralSection(),
        new DemographicsSection(),
        new ContactsSection(),
        new PayerSection(),
        new ConsentsSection(),
        new HistorySection(),
        new ScreeningSection(),
        new PlacementSection());
  }
}
