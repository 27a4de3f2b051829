package org.waypoint.audit;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;

/**
 * Puts every call of the method on the audit trail with its outcome ({@link AuditInterceptor}). The
 * client concerned is the parameter marked {@link ClientId}, or the id of the client it returns.
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
   * @return the kind of record the call concerns: {@link RecordType#CLIENT} (the {@link ClientId}
   *     parameter, or the result, names the client), or another, e.g. {@link RecordType#USER},
   *     whose id is the {@link RecordId} parameter or the {@link RecordReference} result's
   */
  @Nonbinding
  RecordType recordType() default RecordType.CLIENT;
}
