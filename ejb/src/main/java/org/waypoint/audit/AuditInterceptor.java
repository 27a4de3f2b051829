package org.waypoint.audit;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Collection;
import org.waypoint.security.AccessDeniedException;

/**
 * Records each call of an {@link Audited} method: a success in the call's own transaction (kept
 * exactly when the call's work is kept), a refusal or failure in a transaction of its own (the
 * call's transaction is rolled back, the record of the attempt is not). Services declare what they
 * do once, with the annotation; none of them writes to the trail by hand.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  @EJB private AuditTrail trail;

  @AroundInvoke
  Object audit(InvocationContext call) throws Exception {
    AuditAction action = action(call);
    Long clientId = clientIdArgument(call.getParameters());
    Object result;
    try {
      result = call.proceed();
    } catch (AccessDeniedException e) {
      trail.recordAlone(
          entry(action, AuditOutcome.DENIED, clientId, "not within the user's reach"));
      throw e;
    } catch (Exception e) {
      AuditOutcome outcome =
          e.getClass().getSimpleName().endsWith("NotFoundException")
              ? AuditOutcome.NOT_FOUND
              : AuditOutcome.FAILED;
      trail.recordAlone(entry(action, outcome, clientId, e.getClass().getSimpleName()));
      throw e;
    }
    if (clientId == null && result instanceof ClientReference client) {
      clientId = client.clientId();
    }
    String detail = result instanceof Collection<?> rows ? rows.size() + " row(s) shown" : null;
    trail.record(entry(action, AuditOutcome.SUCCESS, clientId, detail));
    return result;
  }

  private static AuditEntry entry(
      AuditAction action, AuditOutcome outcome, Long clientId, String detail) {
    return new AuditEntry(
        action,
        outcome,
        clientId,
        clientId == null ? null : "Client",
        clientId == null ? null : clientId.toString(),
        detail);
  }

  private static AuditAction action(InvocationContext call) {
    Audited audited = call.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      audited = call.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }
    return audited == null ? AuditAction.CLIENT_VIEW : audited.value();
  }

  private static Long clientIdArgument(Object[] parameters) {
    if (parameters != null && parameters.length > 0 && parameters[0] instanceof Long id) {
      return id;
    }
    return null;
  }
}
