package org.waypoint.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.waypoint.center.Wording;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters, at most {@value
 * #MAX_LENGTH}, not one of the common passwords in {@code common-passwords.txt}, not the username
 * and not a single character repeated.
 */
public final class PasswordPolicy {

  /** The shortest password accepted. */
  public static final int MIN_LENGTH = 12;

  /** The longest password accepted (PBKDF2 has no limit; forms and memory do). */
  public static final int MAX_LENGTH = 200;

  private static final Set<String> COMMON = load();

  private PasswordPolicy() {}

  /**
   * @param username the account's username
   * @param password the proposed password
   * @return why it is refused, or empty when it is acceptable
   */
  public static Optional<String> problem(String username, String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of(Wording.text("security.password.tooShort", MIN_LENGTH));
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Wording.text("security.password.tooLong", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(lower)) {
      return Optional.of(Wording.text("security.password.common"));
    }
    if (username != null
        && !username.isBlank()
        && lower.contains(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(Wording.text("security.password.username"));
    }
    if (lower.chars().distinct().count() < 4) {
      return Optional.of(Wording.text("security.password.variety"));
    }
    return Optional.empty();
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-passwords.txt is missing from the build");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = lines.readLine()) != null; ) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
