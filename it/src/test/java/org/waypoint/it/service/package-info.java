/** Service tests that run inside WildFly against the real database and security domain. */
package org.waypoint.it.service;
