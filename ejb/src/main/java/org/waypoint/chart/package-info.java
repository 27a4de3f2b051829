/**
 * The client chart as one audited read: {@link org.waypoint.chart.ChartService#open} checks the
 * caller's reach once, reads every section the caller's roles show through the features' readers,
 * and puts one row on the audit trail naming the sections shown. This package composes the
 * features; none of them depends on it.
 */
package org.waypoint.chart;
