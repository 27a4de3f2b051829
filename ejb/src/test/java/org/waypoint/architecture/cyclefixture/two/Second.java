package org.waypoint.architecture.cyclefixture.two;

import org.waypoint.architecture.cyclefixture.one.First;

/** The other half of a deliberate package cycle, for {@code ArchitectureTest} to catch. */
public class Second {
  First first;
}
