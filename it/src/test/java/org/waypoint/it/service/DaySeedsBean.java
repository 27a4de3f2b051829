package org.waypoint.it.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Offers {@link DaySeeds} to browser tests, which run outside the server, as the MBean {@value
 * #NAME} on the server's management interface (where Arquillian itself reaches the server): its one
 * operation makes a day's records and answers them as {@code name=value} lines. Browser tests'
 * deployment only: it is not part of Waypoint.
 */
@Singleton
@Startup
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DaySeedsBean {

  /** The MBean's name. */
  public static final String NAME = "org.waypoint.it:type=DaySeeds";

  /** What the MBean offers. */
  public interface DaySeedsMXBean {
    /**
     * @param day the day, as {@link DaySeeds} names it
     * @return the records made, one {@code name=value} a line
     */
    String seed(String day);
  }

  @Resource private SessionContext context;

  @PostConstruct
  void register() {
    DaySeedsBean self = context.getBusinessObject(DaySeedsBean.class);
    DaySeedsMXBean bean = self::seed;
    try {
      ManagementFactory.getPlatformMBeanServer()
          .registerMBean(
              new javax.management.StandardMBean(bean, DaySeedsMXBean.class, true),
              new ObjectName(NAME));
    } catch (JMException e) {
      throw new IllegalStateException(e);
    }
  }

  @PreDestroy
  void unregister() {
    try {
      ManagementFactory.getPlatformMBeanServer().unregisterMBean(new ObjectName(NAME));
    } catch (JMException e) {
      // gone already
    }
  }

  /**
   * Makes a day's records, through the services as the staff who would make them.
   *
   * @param day the day
   * @return the records made, one {@code name=value} a line
   */
  public String seed(String day) {
    try {
      StringBuilder made = new StringBuilder();
      for (Map.Entry<String, String> e : DaySeeds.seed(day).entrySet()) {
        made.append(e.getKey()).append('=').append(e.getValue()).append('\n');
      }
      return made.toString();
    } catch (Exception e) {
      // only plain text crosses to the test: the test's side may lack the exception's classes
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      throw new IllegalStateException(trace.toString());
    }
  }
}
