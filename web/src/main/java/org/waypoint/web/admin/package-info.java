/** The administration screens: staff accounts, their roles, programs and passwords. */
package org.waypoint.web.admin;
