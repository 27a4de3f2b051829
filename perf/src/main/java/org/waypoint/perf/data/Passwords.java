package org.waypoint.perf.data;

import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.SplittableRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The password hash every generated account shares, in the format the application's {@code
 * Passwords} writes through Jakarta Security's {@code Pbkdf2PasswordHash}: {@code
 * PBKDF2WithHmacSHA256:210000:<salt>:<hash>} (Base64, 32-byte salt and key). Computed once.
 */
final class Passwords {

  static final String BENCH_PASSWORD = "waypoint-bench";
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 210_000;

  private Passwords() {}

  static String hash(String password, long seed) {
    byte[] salt = new byte[32];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < salt.length; i++) {
      salt[i] = (byte) random.nextInt(256);
    }
    try {
      byte[] key =
          SecretKeyFactory.getInstance(ALGORITHM)
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return ALGORITHM
          + ":"
          + ITERATIONS
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
    }
  }
}
