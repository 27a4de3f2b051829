/**
 * PDF reports: each report is a {@code .jrxml} layout (compiled at build time) plus a class that
 * turns a plain data record into that layout's parameters and rows and exports the PDF.
 */
package org.waypoint.report;
