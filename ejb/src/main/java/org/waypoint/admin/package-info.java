/**
 * Administration of staff accounts: create users, assign roles and programs, disable, reset
 * passwords. Administrators reach no clinical content; every change is audited.
 */
package org.waypoint.admin;
