package org.waypoint.architecture.cyclefixture.one;

import org.waypoint.architecture.cyclefixture.two.Second;

/** Half of a deliberate package cycle, for {@code ArchitectureTest} to catch. */
public class First {
  Second second;
}
