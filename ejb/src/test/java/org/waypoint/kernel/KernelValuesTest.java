package org.waypoint.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kernel's small values: a page, refusals, plain text. */
class KernelValuesTest {

  @Test
  void aPageIsClampedToItsList() {
    assertEquals(new PageRequest(0, 1), PageRequest.of(-5, 0));
    assertEquals(new PageRequest(40, PageRequest.MAX_SIZE), PageRequest.of(40, 10_000));
    assertEquals(new PageRequest(10, 500), PageRequest.of(10, 900, 500));
    assertEquals(new PageRequest(3, 25), PageRequest.of(3, 25));
  }

  @Test
  void theFirstMessageOfAFieldIsKeptAndNothingIsThrownWithoutOne() {
    Refusals refusals = Refusals.none().add("b", "first").add("b", "second").add("a", "other");
    assertEquals(Map.of("b", "first", "a", "other"), refusals.messages());
    assertEquals(
        List.of("a", "b"), List.copyOf(refusals.inOrder(List.of("a")).messages().keySet()));
    InvalidInputException e = assertThrows(InvalidInputException.class, refusals::throwIfAny);
    assertEquals("first", e.fieldErrors().get("b"));
    Refusals.none().throwIfAny();
  }

  record Form(@PlainText String note) {}

  @Test
  void violationsAreKeyedByTheirPropertyPath() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Refusals refusals = Refusals.of(factory.getValidator().validate(new Form("a\u0007b")));
      assertEquals(
          "This contains an invisible control character (for example from a pasted document)."
              + " Please retype or remove it; nothing was changed.",
          refusals.messages().get("note"));
    }
  }

  @Test
  void controlCharactersAreRefusedNotDropped() {
    assertFalse(PlainText.Validator.hasControlCharacter("tab\there\r\nand a new line"));
    assertTrue(PlainText.Validator.hasControlCharacter("bell\u0007"));
    assertTrue(PlainText.Validator.hasControlCharacter("c1 \u0085"));
    // text is kept as typed, never trimmed; only white space alone means nothing was typed
    assertEquals("  kept \n", PlainText.Validator.asTyped("  kept \n"));
    assertEquals(" \u001Fkept ", PlainText.Validator.asTyped(" \u001Fkept "));
    assertNull(PlainText.Validator.asTyped(" \n\t"));
  }
}
