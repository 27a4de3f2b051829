package org.waypoint.access;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Refuses a {@link ClientRecord} call unless the caller reaches the client named by its first
 * parameter. Runs inside the audit interceptor, so a refusal is on the audit trail.
 */
@ClientRecord
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 100)
public class ClientAccessInterceptor {

  @EJB private ClientAccessService access;

  @AroundInvoke
  Object check(InvocationContext call) throws Exception {
    Object[] parameters = call.getParameters();
    if (parameters == null || parameters.length == 0 || !(parameters[0] instanceof Long id)) {
      throw new IllegalStateException(
          call.getMethod() + " is a @ClientRecord but its first parameter is no client id");
    }
    access.checkCaller(id);
    return call.proceed();
  }
}
