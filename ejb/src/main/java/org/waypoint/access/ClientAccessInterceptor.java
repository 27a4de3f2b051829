package org.waypoint.access;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;
import org.waypoint.kernel.MarkedParameter;

/**
 * Refuses a {@link ClientRecord} call unless the caller reaches the client named by its {@link
 * ClientId} parameter. Runs inside the audit interceptor, so a refusal is on the audit trail.
 */
@ClientRecord
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ClientAccessInterceptor {

  @EJB private ClientAccessService access;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    Long id = MarkedParameter.value(call.getMethod(), call.getParameters(), ClientId.class);
    if (id == null) {
      throw new IllegalStateException(
          call.getMethod() + " is a @ClientRecord but has no @ClientId argument");
    }
    access.checkCaller(id);
    return call.proceed();
  }
}
