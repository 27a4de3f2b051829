package org.waypoint.checkin;

import java.io.Serializable;
import java.time.Instant;
import org.waypoint.risk.RiskLevel;

/**
 * One check-in on the trend chart.
 *
 * @param at when
 * @param urge urge, 0 to 10
 * @param signScore the six warning-sign ratings added up, 0 to 24
 * @param level the level recorded
 * @param rising whether it marked the client as rising
 */
public record TrendPoint(Instant at, int urge, int signScore, RiskLevel level, boolean rising)
    implements Serializable {}
