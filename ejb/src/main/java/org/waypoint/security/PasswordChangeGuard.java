package org.waypoint.security;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import org.waypoint.audit.AuditAction;
import org.waypoint.audit.AuditEntry;
import org.waypoint.audit.AuditOutcome;
import org.waypoint.audit.AuditTrail;
import org.waypoint.audit.Audited;
import org.waypoint.kernel.AllowedBeforePasswordChange;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.MarkedParameter;
import org.waypoint.kernel.PasswordChangeRequiredException;
import org.waypoint.kernel.RecordType;

/**
 * Refuses every service call by a member of staff whose account must choose a new password (one set
 * by an administrator: a new account's first, or a reset), except the methods marked {@link
 * AllowedBeforePasswordChange}. The web's {@code PasswordChangeFilter} holds such a user on the
 * password page; this holds the services to the same rule, whatever reaches them.
 *
 * <p>Declared as the EJB module's default interceptor in {@code META-INF/ejb-jar.xml}, so it covers
 * every bean, new ones included, and runs before the interceptors bound by annotation ({@code
 * AuditInterceptor}, {@code ClientAccessInterceptor}). It therefore puts its own refusals on the
 * audit trail (the call's action when the method is {@link Audited}, else {@code SERVICE_REFUSED}),
 * in a transaction of their own.
 *
 * <p><b>What it costs.</b> One indexed read of the caller's {@code must_change_password} per call
 * that enters the services: a call made from inside another service call on the same thread (the
 * audit trail, the access check, a reader) was already judged with its outermost call and is not
 * read again. Calls without a member of staff behind them (start-up loading, timers: the caller is
 * {@code anonymous}) read nothing. The flag is read from the database rather than kept with the
 * session on purpose: when an administrator resets the password of someone who is signed in, their
 * very next call is refused, on every cluster node, and they must give the temporary password to go
 * on; a copy kept at sign-in would let a session that may be why the password was reset carry on.
 */
public class PasswordChangeGuard {

  /** The name the container gives a caller that is not a signed-in user. */
  static final String ANONYMOUS = "anonymous";

  /**
   * Whether this thread is inside a service call already judged. Call-scoped: set on entering the
   * outermost call, removed when it returns; no state outlives a call.
   */
  private static final ThreadLocal<Boolean> JUDGED = new ThreadLocal<>();

  @Resource private EJBContext context;
  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail trail;

  @AroundInvoke
  public Object guard(InvocationContext call) throws Exception {
    if (JUDGED.get() != null) {
      return call.proceed();
    }
    JUDGED.set(Boolean.TRUE);
    try {
      Method method = call.getMethod();
      if (!method.isAnnotationPresent(AllowedBeforePasswordChange.class)) {
        String username = staffCaller();
        if (username != null && mustChangePassword(username)) {
          refuse(call);
        }
      }
      return call.proceed();
    } finally {
      JUDGED.remove();
    }
  }

  private String staffCaller() {
    Principal caller = context.getCallerPrincipal();
    String name = caller == null ? null : caller.getName();
    return name == null || name.isBlank() || ANONYMOUS.equals(name) ? null : name;
  }

  private boolean mustChangePassword(String username) {
    List<Boolean> flag =
        em.createQuery(
                "select u.mustChangePassword from StaffUser u where u.username = :u", Boolean.class)
            .setParameter("u", username)
            .getResultList();
    return !flag.isEmpty() && Boolean.TRUE.equals(flag.get(0));
  }

  private void refuse(InvocationContext call) {
    Method method = call.getMethod();
    String operation = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Audited audited = method.getAnnotation(Audited.class);
    if (audited == null) {
      audited = method.getDeclaringClass().getAnnotation(Audited.class);
    }
    Long clientId = MarkedParameter.value(method, call.getParameters(), ClientId.class);
    trail.recordAlone(
        new AuditEntry(
            audited == null ? AuditAction.SERVICE_REFUSED : audited.value(),
            AuditOutcome.DENIED,
            clientId,
            clientId == null ? null : RecordType.CLIENT.stored(),
            clientId == null ? null : clientId.toString(),
            "password change required: " + operation));
    throw new PasswordChangeRequiredException(operation);
  }
}
