package org.waypoint.program;

/**
 * A program as offered in a choice on a screen.
 *
 * @param id the program's id
 * @param name its name
 * @param levelOfCare its level of care
 */
public record ProgramOption(long id, String name, LevelOfCare levelOfCare) {}
