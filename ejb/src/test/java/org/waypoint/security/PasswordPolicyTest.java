package org.waypoint.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @Test
  void aLongUncommonPasswordIsAccepted() {
    assertEquals(Optional.empty(), PasswordPolicy.problem("dana", "river stones at dawn"));
  }

  @Test
  void elevenCharactersAreTooFew() {
    assertTrue(PasswordPolicy.problem("dana", "abcdefghij1").orElseThrow().contains("12"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"password1234", "PASSWORD1234", "qwertyuiopas", "waypoint-demo"})
  void commonPasswordsAreRefusedWhateverTheirCase(String password) {
    assertTrue(PasswordPolicy.problem("dana", password).orElseThrow().contains("too common"));
  }

  @Test
  void theUsernameIsNoPassword() {
    assertTrue(
        PasswordPolicy.problem("whitfield", "Whitfield-is-me").orElseThrow().contains("username"));
  }

  @Test
  void oneKeyHeldDownIsNoPassword() {
    assertTrue(PasswordPolicy.problem("dana", "zzzzzzzzzzzzzzzz").isPresent());
  }

  @Test
  void aNovelIsTooLong() {
    assertTrue(PasswordPolicy.problem("dana", "long sentence ".repeat(20)).isPresent());
  }
}
