/**
 * The intake workflow: a referral becomes an admitted client step by step, each step saved so that
 * anyone on the intake team can resume an interrupted intake.
 */
package org.waypoint.intake;
