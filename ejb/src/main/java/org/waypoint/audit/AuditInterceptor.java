package org.waypoint.audit;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.Collection;
import org.waypoint.kernel.AccessDeniedException;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.MarkedParameter;
import org.waypoint.kernel.NotFoundException;
import org.waypoint.kernel.RecordId;
import org.waypoint.kernel.RecordType;

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
    Audited audited = audited(call);
    boolean aboutClient = audited.recordType() == RecordType.CLIENT;
    Long id =
        MarkedParameter.value(
            call.getMethod(), call.getParameters(), aboutClient ? ClientId.class : RecordId.class);
    Object result;
    try {
      result = call.proceed();
    } catch (AccessDeniedException e) {
      trail.recordAlone(entry(audited, AuditOutcome.DENIED, id, "not within the user's reach"));
      throw e;
    } catch (Exception e) {
      AuditOutcome outcome =
          e instanceof NotFoundException ? AuditOutcome.NOT_FOUND : AuditOutcome.FAILED;
      trail.recordAlone(entry(audited, outcome, id, e.getClass().getSimpleName()));
      throw e;
    }
    String detail = result instanceof Collection<?> rows ? rows.size() + " row(s) shown" : null;
    if (aboutClient && result instanceof AuditDetail described) {
      detail = described.auditDetail();
    }
    if (aboutClient && id == null && result instanceof ClientReference client) {
      id = client.clientId();
    }
    if (!aboutClient && result instanceof RecordReference record) {
      if (id == null && record.identified()) {
        // not a ternary: with a Long and a long, it would unbox a null id
        id = record.recordId();
      }
      detail = record.auditDetail();
    }
    AuditEntry entry = entry(audited, AuditOutcome.SUCCESS, id, detail);
    Long concerned =
        aboutClient
            ? null
            : result instanceof ClientReference client
                ? Long.valueOf(client.clientId())
                : result instanceof RecordReference record ? record.concernedClientId() : null;
    if (concerned != null) {
      // a record of another kind that concerns a client, e.g. the intake that admitted one
      entry =
          new AuditEntry(
              entry.action(),
              entry.outcome(),
              concerned,
              entry.recordType(),
              entry.recordId(),
              entry.detail());
    }
    trail.record(entry);
    return result;
  }

  private static AuditEntry entry(Audited audited, AuditOutcome outcome, Long id, String detail) {
    boolean aboutClient = audited.recordType() == RecordType.CLIENT;
    return new AuditEntry(
        audited.value(),
        outcome,
        aboutClient ? id : null,
        id == null ? null : audited.recordType().stored(),
        id == null ? null : id.toString(),
        detail);
  }

  private static Audited audited(InvocationContext call) {
    Audited audited = call.getMethod().getAnnotation(Audited.class);
    if (audited == null) {
      audited = call.getMethod().getDeclaringClass().getAnnotation(Audited.class);
    }
    if (audited == null) {
      throw new IllegalStateException(call.getMethod() + " is intercepted but not @Audited");
    }
    return audited;
  }
}
