package org.waypoint.kernel;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A service method that a signed-in user whose password was set by an administrator may still call:
 * signing in and out, reading their own account, and changing the password. Every other service
 * call by such a user is refused with {@link PasswordChangeRequiredException}. Marks methods only,
 * so a method added later to the same service is guarded until someone decides otherwise.
 */
@Documented
@Target(METHOD)
@Retention(RUNTIME)
public @interface AllowedBeforePasswordChange {}
