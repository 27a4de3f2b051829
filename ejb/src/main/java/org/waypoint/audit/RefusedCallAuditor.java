package org.waypoint.audit;

import jakarta.ejb.EJBAccessException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.MarkedParameter;
import org.waypoint.kernel.RecordType;

/**
 * Puts calls that the container refuses for the caller's role ({@code @RolesAllowed}) on the audit
 * trail. Declared as a WildFly container interceptor in {@code META-INF/jboss-ejb3.xml}: it runs
 * before the container's security check, which application interceptors never see past.
 */
public class RefusedCallAuditor {

  private static final Logger LOG = Logger.getLogger(RefusedCallAuditor.class.getName());

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (EJBAccessException refused) {
      record(call);
      throw refused;
    }
  }

  private static void record(InvocationContext call) {
    Audited audited = call.getMethod().getAnnotation(Audited.class);
    Long clientId = MarkedParameter.value(call.getMethod(), call.getParameters(), ClientId.class);
    String operation =
        call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
    try {
      AuditTrail trail =
          InitialContext.doLookup("java:module/AuditTrail!" + AuditTrail.class.getName());
      trail.recordAlone(
          new AuditEntry(
              audited == null ? AuditAction.SERVICE_REFUSED : audited.value(),
              AuditOutcome.DENIED,
              clientId,
              clientId == null ? null : RecordType.CLIENT.stored(),
              clientId == null ? null : clientId.toString(),
              "role not permitted: " + operation));
    } catch (NamingException | RuntimeException e) {
      // the refusal stands either way; a trail that cannot be written is an incident to see
      LOG.log(
          Level.SEVERE, "Could not put a refused call to " + operation + " on the audit trail", e);
    }
  }
}
