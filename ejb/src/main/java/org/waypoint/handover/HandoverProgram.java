package org.waypoint.handover;

/**
 * A program the caller may hand over: one they work in as a clinician or supervisor.
 *
 * @param id the program's id
 * @param name its name
 */
public record HandoverProgram(long id, String name) {}
