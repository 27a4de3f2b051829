package org.waypoint.kernel;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The method reads or changes one client's information; the parameter marked {@link ClientId} is
 * the client's id. The access interceptor refuses the call unless the caller reaches that client.
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface ClientRecord {}
