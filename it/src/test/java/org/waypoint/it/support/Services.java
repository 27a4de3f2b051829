package org.waypoint.it.support;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Looks up Waypoint's EJBs and resources by their portable global names. */
public final class Services {

  private Services() {}

  /**
   * @param type a no-interface session bean of the waypoint-ejb module
   * @param <T> its type
   * @return a reference to it
   */
  public static <T> T ejb(Class<T> type) {
    return lookup(
        "java:global/waypoint/waypoint-ejb/" + type.getSimpleName() + "!" + type.getName(), type);
  }

  /**
   * @return the caller switch of the test module
   */
  public static CallerSwitch callerSwitch() {
    return lookup(
        "java:global/waypoint/waypoint-it/CallerSwitch!" + CallerSwitch.class.getName(),
        CallerSwitch.class);
  }

  /**
   * @param name a JNDI name
   * @param type the expected type
   * @param <T> the type
   * @return the bound object
   */
  public static <T> T lookup(String name, Class<T> type) {
    try {
      return type.cast(new InitialContext().lookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("Not bound: " + name, e);
    }
  }
}
