package org.waypoint.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Zoë García|zoe garcia",
        "  ÁNGSTRÖM   Núñez |angstrom nunez",
        "O'Brien|obrien",
        "O’Brien|obrien",
        "Łukasz Øster|lukasz oster",
        "Straße|strasse",
        "François-Xavier|francois-xavier"
      })
  void foldsCaseAccentsAndApostrophes(String text, String folded) {
    assertEquals(folded, SearchText.fold(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "04/12/1998|1998-04-12",
        "4/12/1998|1998-04-12",
        "04-12-1998|1998-04-12",
        "1998-04-12|1998-04-12",
        "02/30/1998|",
        "13/01/1998|",
        "garcia|",
        "W1000017|"
      })
  void readsADateOfBirthInTheUsualForms(String text, LocalDate date) {
    assertEquals(Optional.ofNullable(date), ClientService.dateOfBirth(text));
  }
}
