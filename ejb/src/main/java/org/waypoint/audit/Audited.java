package org.waypoint.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Puts every call of the method on the audit trail with its outcome ({@link AuditInterceptor}). The
 * client concerned is the method's first {@code long} parameter, or the id of the client it
 * returns.
 */
@InterceptorBinding
@Target({METHOD, TYPE})
@Retention(RUNTIME)
public @interface Audited {
  /**
   * @return what the call does
   */
  @Nonbinding
  AuditAction value() default AuditAction.CLIENT_VIEW;

  /**
   * @return the kind of record the call concerns: {@code Client} (the first {@code long} parameter,
   *     or the result, names the client), or another, e.g. {@code User}, whose id is the first
   *     {@code long} parameter or the {@link RecordReference} result's
   */
  @Nonbinding
  String recordType() default "Client";
}
