package org.waypoint.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and verifies passwords with PBKDF2-HMAC-SHA256 (Jakarta Security's {@link
 * Pbkdf2PasswordHash}). Each stored hash names its algorithm, iterations and salt, so raising the
 * cost later still verifies older hashes.
 */
@ApplicationScoped
public class Passwords {

  @Inject private Pbkdf2PasswordHash hash;

  /** Compared against when a username is unknown, so timing does not tell which usernames exist. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  /**
   * @param password the password
   * @return its salted hash, safe to store
   */
  public String hash(char[] password) {
    return hash.generate(password);
  }

  /**
   * @param password what was typed
   * @param stored the stored hash, or {@code null} for an unknown user (then a decoy is checked so
   *     the answer takes as long, and is {@code false})
   * @return whether the password matches
   */
  public boolean verify(char[] password, String stored) {
    boolean match = hash.verify(password, stored == null ? decoy : stored);
    return stored != null && match;
  }
}
