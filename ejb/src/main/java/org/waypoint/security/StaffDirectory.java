package org.waypoint.security;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

/** Staff members' names for the usernames that records keep. */
public final class StaffDirectory {

  private StaffDirectory() {}

  /**
   * @param em the caller's entity manager
   * @param usernames usernames (repeats and nulls are fine)
   * @return display name by username, for the usernames that have an account
   */
  public static Map<String, String> names(EntityManager em, Collection<String> usernames) {
    var wanted = new HashSet<>(usernames);
    wanted.remove(null);
    Map<String, String> names = new HashMap<>();
    if (wanted.isEmpty()) {
      return names;
    }
    em.createQuery(
            "select u.username, u.displayName from StaffUser u where u.username in :names",
            Object[].class)
        .setParameter("names", wanted)
        .getResultList()
        .forEach(row -> names.put((String) row[0], (String) row[1]));
    return names;
  }
}
