/**
 * The client chart read a section at a time: {@link org.waypoint.chart.ChartService#open} checks
 * the caller's reach once, reads the header and the section opened through the features' readers
 * and puts one row on the audit trail; {@link org.waypoint.chart.ChartService#section} reads each
 * other section when it is first shown, with its own row. Every read is bounded whatever the
 * client's history. This package composes the features; none of them depends on it.
 */
package org.waypoint.chart;
