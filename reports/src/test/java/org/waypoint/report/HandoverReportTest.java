package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.waypoint.report.PdfText.flat;
import static org.waypoint.report.PdfText.pages;
import static org.waypoint.report.PdfText.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.waypoint.report.HandoverData.Action;
import org.waypoint.report.HandoverData.Awareness;
import org.waypoint.report.HandoverData.Census;
import org.waypoint.report.HandoverData.ClientBlock;
import org.waypoint.report.HandoverData.Event;
import org.waypoint.report.HandoverData.Illness;
import org.waypoint.report.HandoverData.Summary;

class HandoverReportTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final LocalDate SHIFT_DATE = LocalDate.of(2026, 11, 30);
  private static final ZonedDateTime PREPARED =
      ZonedDateTime.of(SHIFT_DATE, LocalTime.of(14, 40), CHICAGO);
  private static final ZonedDateTime PRINTED =
      ZonedDateTime.of(SHIFT_DATE, LocalTime.of(15, 5), CHICAGO);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static final String LONG_REASON =
      "Urge 9/10 on Sunday night after the call with her ex-partner; she says «no sé si puedo"
          + " seguir» and has not slept more than three hours since Friday. ";

  private static ZonedDateTime at(int day, int hour, int minute) {
    return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, CHICAGO);
  }

  /** Zoë Núñez, Imminent and rising, with every part filled in. */
  private static ClientBlock nunez() {
    return new ClientBlock(
        "Zoë (Zoe) Núñez",
        "W1000013",
        new Illness("IMMINENT", LONG_REASON.repeat(6).strip(), "UP", true, "Two High check-ins"),
        new Summary(
            "Intensive Outpatient",
            "Dana Whitfield",
            12L,
            at(30, 13, 52),
            "IMMINENT",
            at(29, 16, 45),
            "Renée Park"),
        List.of(
            new Action("ALERT", "Imminent: urge 9/10, plan described", null, at(30, 14, 0)),
            new Action("CHECK_IN_DUE", null, "Dana Whitfield", at(30, 18, 0)),
            new Action("CO_SIGNATURE", "Crisis note of 29 Nov", "Marcus Oyelaran", null)),
        new Awareness(
            List.of("Suicide precautions — 1:1 observation, started 30 Nov 13:55"),
            List.of(
                "Quedarme en la cama todo el día",
                "Stop answering my sister's texts",
                "Pensar «<b>no puedo más</b>» & ${esto} — año"),
            List.of("Llamar a mi tía Begoña", "Cold water on my face, then a walk to the café"),
            4),
        List.of(
            new Event(at(30, 13, 52), "CHECK_IN", "Imminent: urge 9/10"),
            new Event(at(30, 13, 55), "PRECAUTION_STARTED", "Suicide precautions, 1:1"),
            new Event(at(30, 14, 0), "ALERT", "Imminent risk alert to supervisors")));
  }

  /** Marcus Ibáñez, High, with a plan revised and a note signed. */
  private static ClientBlock ibanez() {
    return new ClientBlock(
        "Marcus Ibáñez",
        "W1000021",
        new Illness("HIGH", "Urge 7/10; sleep poor", "SAME", false, null),
        new Summary(
            "Intensive Outpatient", "Dana Whitfield", 40L, at(30, 9, 10), "HIGH", null, null),
        List.of(new Action("REVIEW_TASK", "Review High check-in", "Dana Whitfield", at(30, 21, 0))),
        new Awareness(List.of(), List.of("Pacing at night"), List.of("Guitar"), 2),
        List.of(
            new Event(at(30, 9, 10), "CHECK_IN", "High: urge 7/10"),
            new Event(at(30, 11, 0), "PLAN_REVISED", "Version 2"),
            new Event(at(30, 12, 30), "NOTE_SIGNED", "Individual session")));
  }

  /** Ana Peña, not yet assessed, with nothing recorded. */
  private static ClientBlock pena() {
    return new ClientBlock(
        "Ana Peña",
        "W1000034",
        new Illness(null, null, null, false, null),
        new Summary("Intensive Outpatient", null, null, null, null, null, null),
        List.of(),
        new Awareness(List.of(), List.of(), List.of(), null),
        List.of());
  }

  private static Census census() {
    return new Census(3, 1, 1, 0, 0, 1, 1, List.of("Ana Peña"), List.of());
  }

  private static HandoverData handover(List<ClientBlock> clients) {
    return handover(clients, census());
  }

  private static HandoverData handover(List<ClientBlock> clients, Census census) {
    return new HandoverData(
        "Waypoint Demo Center",
        "Intensive Outpatient",
        SHIFT_DATE,
        LocalTime.of(15, 0),
        LocalTime.of(23, 0),
        "Dana Whitfield",
        PREPARED,
        census,
        clients,
        "Íñigo Castañeda",
        at(30, 15, 12),
        "Zoë on 1:1 — recheck at 18:00; Marcus needs his review before 21:00.",
        PRINTED,
        "Marcus Oyelaran");
  }

  private static HandoverData threeClients() {
    return handover(List.of(nunez(), ibanez(), pena()));
  }

  /** A program of {@code count} clients whose safety plans have long entries. */
  static HandoverData program(int count) {
    List<ClientBlock> clients = new ArrayList<>();
    for (int c = 1; c <= count; c++) {
      List<String> signs = new ArrayList<>();
      List<String> helps = new ArrayList<>();
      for (int e = 1; e <= 4; e++) {
        signs.add(entry(c, "s", e));
        helps.add(entry(c, "h", e));
      }
      clients.add(
          new ClientBlock(
              "Client Número " + c,
              "W2" + String.format("%06d", c),
              new Illness(c % 3 == 0 ? "HIGH" : "MODERATE", "Reason " + c, "SAME", false, null),
              new Summary("Residential", "Dana Whitfield", (long) c, null, null, null, null),
              List.of(new Action("CHECK_IN_DUE", null, "Dana Whitfield", at(30, 20, 0))),
              new Awareness(List.of(), signs, helps, 1),
              List.of()));
    }
    return handover(
        clients, new Census(count, 0, count / 3, count - count / 3, 0, 0, 0, List.of(), List.of()));
  }

  /** A long safety-plan entry whose every word says whose entry it is and where it stands. */
  private static String entry(int client, String part, int entry) {
    StringBuilder text = new StringBuilder("Cuando señal ");
    for (int w = 1; w <= 45; w++) {
      text.append('c').append(client).append(part).append(entry).append('w').append(w).append(' ');
    }
    return text.append("fin.").toString();
  }

  private static final Pattern ENTRY_WORD = Pattern.compile("c\\d+[sh]\\d+w\\d+");

  private static List<String> entryWords(String text) {
    return ENTRY_WORD.matcher(text).results().map(m -> m.group()).toList();
  }

  private static String bare(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** Writes the PDF for a person to look at when {@code -Dhandover.sample=DIR} is given. */
  private static byte[] keep(String name, byte[] pdf) throws IOException {
    String dir = System.getProperty("handover.sample");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      Files.write(Path.of(dir, name + ".pdf"), pdf);
    }
    return pdf;
  }

  @Test
  void theHeaderAndCensusComeFirst() throws IOException {
    String text = flat(text(keep("handover-en", HandoverReport.render(threeClients(), Locale.US))));

    for (String expected :
        List.of(
            "Waypoint Demo Center",
            "Shift handover — Intensive Outpatient",
            "Shift Mon 30 Nov 2026, 15:00–23:00",
            "Prepared by Dana Whitfield on 30 Nov 2026 14:40 CST",
            "Census",
            "Clients present 3",
            "By risk level Imminent 1 · High 1 · Moderate 0 · Low 0 · Not assessed 1",
            "Rising 1",
            "Admissions, last 24 h Ana Peña",
            "Discharges, last 24 h None",
            "Printed 30 Nov 2026 15:05 CST by Marcus Oyelaran")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
    assertTrue(text.indexOf("Census") < text.indexOf("Zoë (Zoe) Núñez"), text);
  }

  @Test
  void everyClientInTheGivenOrderWithEachIPassPartInOrder() throws IOException {
    String text = flat(text(HandoverReport.render(threeClients(), Locale.ENGLISH)));

    int nunez = text.indexOf("1. Zoë (Zoe) Núñez");
    int ibanez = text.indexOf("2. Marcus Ibáñez");
    int pena = text.indexOf("3. Ana Peña");
    int end = text.indexOf("Acknowledgement — synthesis by receiver");
    assertTrue(0 < nunez && nunez < ibanez && ibanez < pena && pena < end, text);
    int[] starts = {nunez, ibanez, pena, end};
    for (int c = 0; c < 3; c++) {
      String block = text.substring(starts[c], starts[c + 1]);
      int previous = -1;
      for (String part :
          List.of(
              "I — Illness severity",
              "P — Patient summary",
              "A — Action list",
              "S — Situation awareness and contingencies",
              "Events since the last shift")) {
        int found = block.indexOf(part);
        assertTrue(found > previous, part + " out of order in client " + (c + 1) + ": " + block);
        previous = found;
      }
    }
    // the risk in words on each client's bar, not only as a colour
    assertTrue(text.contains("1. Zoë (Zoe) Núñez IMMINENT RISK · RISING MRN W1000013"), text);
    assertTrue(text.contains("2. Marcus Ibáñez HIGH RISK MRN W1000021"), text);
    assertTrue(text.contains("3. Ana Peña NOT ASSESSED MRN W1000034"), text);
  }

  @Test
  void eachPartPrintsItsContentsVerbatim() throws IOException {
    String text = flat(text(HandoverReport.render(threeClients(), Locale.ENGLISH)));

    for (String expected :
        List.of(
            "Risk level Imminent",
            "Trend Up from the previous level",
            "Rising Yes — Two High check-ins",
            "Program Intensive Outpatient",
            "Primary clinician Dana Whitfield",
            "Days in care 12",
            "Last check-in 30 Nov 2026 13:52 CST — Imminent",
            "Last signed note 29 Nov 2026 16:45 CST by Renée Park",
            "Action Details Owner Due",
            "Unacknowledged alert Imminent: urge 9/10, plan described Program supervisors",
            "Check-in due None Dana Whitfield 30 Nov 18:00",
            "Precautions and observation • Suicide precautions — 1:1 observation, started 30 Nov"
                + " 13:55",
            "Safety plan Version 4 — warning signs and what helps in the client's own words",
            "Warning signs • Quedarme en la cama todo el día • Stop answering my"
                + " sister's texts • Pensar «<b>no puedo más</b>» & ${esto} — año",
            "What helps • Llamar a mi tía Begoña • Cold water on my face, then a"
                + " walk to the café",
            "When Event Details",
            "30 Nov 13:52 Check-in Imminent: urge 9/10",
            "30 Nov 13:55 Precaution started Suicide precautions, 1:1",
            "30 Nov 14:00 Alert Imminent risk alert to supervisors",
            "30 Nov 11:00 Safety plan revised Version 2",
            "30 Nov 12:30 Note signed Individual session",
            "Review task Review High check-in Dana Whitfield 30 Nov 21:00")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
    // a wrapped cell's lines come before the next cell's
    assertTrue(
        bare(text)
            .contains(
                bare(
                    "Note awaiting co-signature Crisis note of 29 Nov Marcus Oyelaran Not recorded")),
        text);
    // the long reasons whole, wherever the lines and pages break
    assertTrue(
        bare(text).contains(bare("Reasons " + LONG_REASON.repeat(6).strip())), "reasons: " + text);
  }

  @Test
  void anActionDueBeforeTheHandoverWasPreparedIsMarkedOverdue() throws IOException {
    String text = flat(text(HandoverReport.render(threeClients(), Locale.ENGLISH)));

    // due 14:00, prepared 14:40
    assertTrue(text.contains("Program supervisors OVERDUE 30 Nov 14:00"), text);
    assertFalse(text.contains("OVERDUE 30 Nov 18:00"), text);
    assertFalse(text.contains("OVERDUE 30 Nov 21:00"), text);
  }

  @Test
  void nothingRecordedPrintsNoneOrNotRecorded() throws IOException {
    String text = flat(text(HandoverReport.render(threeClients(), Locale.ENGLISH)));
    String pena = text.substring(text.indexOf("3. Ana Peña"), text.indexOf("Acknowledgement"));

    for (String expected :
        List.of(
            "Risk level Not assessed",
            "Reasons Not recorded",
            "Trend Not recorded",
            "Rising No",
            "Primary clinician Not recorded",
            "Days in care Not recorded",
            "Last check-in Not recorded",
            "Last signed note Not recorded",
            "A — Action list None",
            "Precautions and observation None",
            "Safety plan None",
            "Warning signs None",
            "What helps None",
            "Events since the last shift None")) {
      assertTrue(pena.contains(expected), expected + " missing from: " + pena);
    }
  }

  @Test
  void theAcknowledgementAndThenTheSignatureLinesCloseTheHandover() throws IOException {
    String text = flat(text(HandoverReport.render(threeClients(), Locale.ENGLISH)));

    int acknowledgement = text.indexOf("Acknowledgement — synthesis by receiver");
    int signatures = text.indexOf("Signatures");
    assertTrue(text.indexOf("3. Ana Peña") < acknowledgement && acknowledgement < signatures, text);
    assertTrue(
        text.substring(acknowledgement)
            .startsWith(
                "Acknowledgement — synthesis by receiver Acknowledged by Íñigo Castañeda"
                    + " Acknowledged on 30 Nov 2026 15:12 CST Synthesis by receiver Zoë on 1:1 —"
                    + " recheck at 18:00; Marcus needs his review before 21:00."),
        text);
    assertTrue(
        text.substring(signatures)
            .startsWith(
                "Signatures Giving staff member Dana Whitfield Signature Date and time"
                    + " Receiving staff member Íñigo Castañeda Signature Date and time"),
        text);
  }

  @Test
  void liveContentsOfANightShiftSayTheyAreNotAGivenHandover() throws IOException {
    HandoverData full = threeClients();
    HandoverData data =
        new HandoverData(
            full.centerName(),
            full.program(),
            full.shiftDate(),
            LocalTime.of(23, 0),
            LocalTime.of(7, 0),
            null,
            PREPARED,
            full.census(),
            full.clients(),
            null,
            null,
            null,
            full.printedAt(),
            full.printedBy());
    String text = flat(text(HandoverReport.render(data, Locale.ENGLISH)));

    assertTrue(text.contains("Shift Mon 30 Nov 2026 23:00 – Tue 1 Dec 2026 07:00"), text);
    assertTrue(
        text.contains("Not yet given — live contents as read on 30 Nov 2026 14:40 CST"), text);
    assertFalse(text.contains("Prepared by"), text);
    assertTrue(text.contains("Giving staff member Signature Date and time"), text);
    assertTrue(text.contains("Receiving staff member Signature Date and time"), text);
    assertTrue(text.contains("Not yet acknowledged in Waypoint."), text);
    assertFalse(text.contains("Acknowledged by"), text);
    assertFalse(text.contains("OVERDUE 30 Nov 18:00"), text);
    assertTrue(text.contains("OVERDUE 30 Nov 14:00"), text);
  }

  @Test
  void everyPageRepeatsTheHeaderAndSaysPageNOfM() throws IOException {
    List<String> pages = pages(HandoverReport.render(program(10), Locale.ENGLISH));

    int count = pages.size();
    assertTrue(count >= 2, "ten clients take more than a page: " + count);
    for (int i = 0; i < count; i++) {
      String page = flat(pages.get(i));
      assertTrue(page.contains("Shift handover — Intensive Outpatient"), page);
      assertTrue(page.contains("Shift Mon 30 Nov 2026, 15:00–23:00"), page);
      assertTrue(page.contains("Prepared by Dana Whitfield on 30 Nov 2026 14:40 CST"), page);
      assertTrue(page.contains("Page " + (i + 1) + " of " + count), page);
    }
  }

  @Test
  void pagesFilledByOneLongTextAreNumberedToo() throws IOException {
    StringBuilder words = new StringBuilder();
    for (int i = 0; words.length() < 20_000; i++) {
      words.append("word").append(i).append(i % 17 == 0 ? ".\n" : " ");
    }
    String reasons = words.toString().strip();
    ClientBlock client =
        new ClientBlock(
            "Ana Peña",
            "W1000034",
            new Illness("HIGH", reasons, "UP", false, null),
            null,
            List.of(),
            null,
            List.of());
    byte[] pdf = HandoverReport.render(handover(List.of(client, ibanez())), Locale.ENGLISH);

    List<String> pages = pages(pdf);
    int count = pages.size();
    assertTrue(count >= 4, "20,000 characters take several pages: " + count);
    for (int i = 0; i < count; i++) {
      String page = flat(pages.get(i));
      assertTrue(page.contains("Page " + (i + 1) + " of " + count), page);
      assertTrue(page.contains("Shift handover — Intensive Outpatient"), page);
    }
    Pattern word = Pattern.compile("word\\d+\\.?");
    assertEquals(
        word.matcher(reasons).results().map(m -> m.group()).toList(),
        word.matcher(text(pdf)).results().map(m -> m.group()).toList(),
        "every word of the reasons, in order");
    assertTrue(flat(text(pdf)).contains("2. Marcus Ibáñez HIGH RISK"), "what follows is printed");
  }

  @Test
  void sixtyClientsWithLongSafetyPlansLoseNoTextAndTakeMorePagesThanTen() throws IOException {
    byte[] sixty = keep("handover-60", HandoverReport.render(program(60), Locale.ENGLISH));
    byte[] ten = HandoverReport.render(program(10), Locale.ENGLISH);

    String text = text(sixty);
    List<String> expected = new ArrayList<>();
    for (int c = 1; c <= 60; c++) {
      assertTrue(text.contains(c + ". Client Número " + c), "client " + c);
      for (int e = 1; e <= 4; e++) {
        expected.addAll(entryWords(entry(c, "s", e)));
      }
      for (int e = 1; e <= 4; e++) {
        expected.addAll(entryWords(entry(c, "h", e)));
      }
    }
    // every word of every entry, in order: headers and footers come between the pages' parts
    assertEquals(expected, entryWords(text), "every safety-plan entry is printed whole");
    String flat = flat(text);
    assertTrue(flat.contains(entry(1, "s", 1)), "an entry whole, accents and all: " + flat);
    assertTrue(pages(sixty).size() > pages(ten).size(), "sixty clients take more pages");
    assertTrue(flat.contains("Clients (60), most urgent first"), flat);
  }

  @Test
  void aLongUnbrokenWordWrapsInsideThePage() throws IOException {
    String word = "ñ".repeat(400);
    ClientBlock client =
        new ClientBlock(
            "Ana Peña",
            "W1000034",
            new Illness("LOW", word, null, false, null),
            null,
            List.of(),
            null,
            List.of());
    String text = text(HandoverReport.render(handover(List.of(client)), Locale.ENGLISH));

    assertTrue(bare(text).contains(word), "the whole word is printed");
    assertTrue(text.lines().allMatch(line -> line.length() < 200), "the word is broken into lines");
  }

  @Test
  void longNamesWrapInsideTheirBoxes() throws IOException {
    String name = "María de los Ángeles Castañeda Ibáñez y Muñoz-Villanueva ".repeat(4).strip();
    String staff = "Bartholomew Alexander Featherstonehaugh-Cholmondeley ".repeat(3).strip();
    String program = "Adolescent Partial Hospitalization — Eastside Campus ".repeat(3).strip();
    ClientBlock client =
        new ClientBlock(
            name,
            "W1000099",
            new Illness("IMMINENT", "Urge 10/10", "UP", true, "Rising fast"),
            new Summary(program, staff, 3L, null, null, at(30, 8, 0), staff),
            List.of(new Action("UNSIGNED_NOTE", "Crisis note", "Dana", at(30, 22, 0))),
            new Awareness(
                List.of("Suicide precautions — 1:1 ".repeat(8).strip()), List.of(), List.of(), 1),
            List.of());
    HandoverData full = handover(List.of(client));
    HandoverData data =
        new HandoverData(
            full.centerName(),
            program,
            full.shiftDate(),
            full.shiftStart(),
            full.shiftEnd(),
            staff,
            full.preparedAt(),
            full.census(),
            full.clients(),
            staff,
            full.acknowledgedAt(),
            full.synthesis(),
            full.printedAt(),
            staff);
    byte[] pdf = keep("handover-long-names", HandoverReport.render(data, Locale.ENGLISH));
    String text = bare(text(pdf));

    assertTrue(text.contains(bare("Shift handover — " + program)), text);
    assertTrue(text.contains(bare("Prepared by " + staff)), text);
    assertTrue(text.contains(bare("1. " + name + " IMMINENT RISK · RISING MRN W1000099")), text);
    assertTrue(
        text.contains(bare("Giving staff member " + staff + " Signature Date and time")), text);
    assertTrue(
        text.contains(bare("Receiving staff member " + staff + " Signature Date and time")), text);
    assertTrue(text.contains(bare("Suicide precautions — 1:1 ".repeat(8))), text);
    assertTrue(text.contains(bare("Unsigned note Crisis note Dana 30 Nov 22:00")), text);
  }

  @Test
  void theHandoverComesOutInSpanishWithItsTextsUnchanged() throws IOException {
    String text = flat(text(keep("handover-es", HandoverReport.render(threeClients(), SPANISH))));

    for (String expected :
        List.of(
            "Traspaso de turno — Intensive Outpatient",
            "Turno lun 30 nov 2026, 15:00–23:00",
            "Preparado por Dana Whitfield el 30 nov 2026 14:40",
            "Censo",
            "Clientes presentes 3",
            "Por nivel de riesgo Inminente 1 · Alto 1 · Moderado 0 · Bajo 0 · Sin evaluar 1",
            "Ingresos, últimas 24 h Ana Peña",
            "Altas, últimas 24 h Ninguno",
            "Clientes (3), los más urgentes primero",
            "RIESGO INMINENTE · EN AUMENTO N.º de expediente W1000013",
            "I — Gravedad de la enfermedad",
            "P — Resumen del paciente",
            "A — Lista de acciones",
            "S — Conciencia de la situación y contingencias",
            "Sucesos desde el último turno",
            "Tendencia Sube respecto al nivel anterior",
            "En aumento Sí — Two High check-ins",
            "Alerta sin confirmar Imminent: urge 9/10, plan described Supervisores del programa"
                + " VENCIDA 30 nov 14:00",
            "Señales de alerta • Quedarme en la cama todo el día",
            "Lo que ayuda • Llamar a mi tía Begoña",
            "Precaución iniciada Suicide precautions, 1:1",
            "Firmas",
            "Personal que entrega Dana Whitfield Firma Fecha y hora",
            "Síntesis de quien recibe Zoë on 1:1 — recheck at 18:00",
            "Días en atención Sin registrar",
            "Página 1 de")) {
      assertTrue(text.contains(expected), expected + " missing from: " + text);
    }
  }

  /**
   * A Spanish center's handover: staff's texts in Spanish, every kind of action and event, and a
   * client with nothing recorded, so any English left on the page is a fixed text.
   */
  private static HandoverData spanishCenter(boolean given) {
    List<Action> actions = new ArrayList<>();
    for (String kind :
        List.of(
            "CHECK_IN_DUE",
            "REVIEW_TASK",
            "UNSIGNED_NOTE",
            "CO_SIGNATURE",
            "ALERT",
            "FOLLOW_UP_CALL")) {
      actions.add(new Action(kind, "detalle", kind.equals("ALERT") ? null : "Dana", at(30, 14, 0)));
    }
    List<Event> events = new ArrayList<>();
    for (String kind :
        List.of(
            "CHECK_IN",
            "ALERT",
            "PRECAUTION_STARTED",
            "PRECAUTION_ENDED",
            "PLAN_REVISED",
            "NOTE_SIGNED",
            "FOLLOW_UP_CALL")) {
      events.add(new Event(at(30, 9, 0), kind, null));
    }
    ClientBlock full =
        new ClientBlock(
            "Zoë Núñez",
            "W1000013",
            new Illness("IMMINENT", "Impulso 9/10", "UP", true, "Dos controles altos"),
            new Summary(
                "Ambulatorio intensivo",
                "Dana",
                12L,
                at(30, 13, 52),
                "HIGH",
                at(29, 16, 45),
                "Renée"),
            actions,
            new Awareness(
                List.of("Uno a uno"), List.of("Quedarme en la cama"), List.of("Caminar"), 4),
            events);
    ClientBlock trendDown =
        new ClientBlock(
            "Íñigo",
            "W2",
            new Illness("LOW", "Tranquilo", "DOWN", false, null),
            null,
            List.of(),
            null,
            List.of());
    ClientBlock trendSame =
        new ClientBlock(
            "Begoña",
            "W3",
            new Illness("MODERATE", "Estable", "SAME", false, null),
            null,
            List.of(),
            null,
            List.of());
    return new HandoverData(
        "Centro Waypoint",
        "Ambulatorio intensivo",
        SHIFT_DATE,
        LocalTime.of(23, 0),
        LocalTime.of(7, 0),
        given ? "Dana" : null,
        given ? PREPARED : null,
        new Census(5, 1, 1, 1, 1, 1, 1, List.of(), List.of("Begoña")),
        List.of(full, trendDown, trendSame, pena()),
        given ? "Íñigo" : null,
        given ? at(30, 23, 10) : null,
        given ? "Todo claro" : null,
        PRINTED,
        "Marcus");
  }

  @Test
  void theSpanishHandoverHasNoEnglishFixedTextLeft() throws IOException {
    String text =
        flat(
            text(HandoverReport.render(spanishCenter(true), SPANISH))
                + text(HandoverReport.render(spanishCenter(false), SPANISH)));
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle english = ResourceBundle.getBundle(HandoverReport.BUNDLE, Locale.ROOT, exact);
    ResourceBundle spanish = ResourceBundle.getBundle(HandoverReport.BUNDLE, SPANISH, exact);
    int checked = 0;
    for (String key : english.keySet()) {
      if (key.startsWith("format.")) {
        continue;
      }
      // each fixed piece of the English text, as whole words ("Program" is in "Programa"),
      // unless Spanish writes it the same way ("No", "MRN"...)
      for (String piece : english.getString(key).split("%[sd]|\n")) {
        String fixed = piece.strip();
        if (fixed.replaceAll("[^\\p{L}]", "").length() < 2
            || wholeWord(fixed).matcher(spanish.getString(key)).find()) {
          continue;
        }
        assertFalse(wholeWord(fixed).matcher(text).find(), key + " left in English: " + fixed);
        checked++;
      }
    }
    assertTrue(checked > 80, "checked " + checked + " fixed texts");
    assertFalse(text.contains("Nov 2026"), "English month abbreviation: " + text);
  }

  private static Pattern wholeWord(String text) {
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(text) + "(?!\\p{L})");
  }

  @Test
  void unknownCodesPrintAsThemselves() throws IOException {
    ClientBlock client =
        new ClientBlock(
            "Ana Peña",
            null,
            new Illness("SEVERE", null, "SIDEWAYS", false, null),
            null,
            List.of(new Action("PHONE_BACK", "Ring her mother", "Dana Whitfield", null)),
            null,
            List.of(new Event(at(30, 9, 0), "VISIT", null)));
    String text = flat(text(HandoverReport.render(handover(List.of(client)), Locale.ENGLISH)));

    assertTrue(text.contains("1. Ana Peña SEVERE MRN Not recorded"), text);
    assertFalse(text.contains("null"), text);
    assertTrue(text.contains("Risk level SEVERE"), text);
    assertTrue(text.contains("Trend SIDEWAYS"), text);
    assertTrue(text.contains("PHONE_BACK Ring her mother Dana Whitfield Not recorded"), text);
    assertTrue(text.contains("30 Nov 09:00 VISIT None"), text);
    assertTrue(text.contains("P — Patient summary Not recorded"), text);
  }

  @Test
  void aProgramWithNoClientsStillPrintsItsCensusAndSignatures() throws IOException {
    String text =
        flat(
            text(
                HandoverReport.render(
                    handover(List.of(), new Census(0, 0, 0, 0, 0, 0, 0, List.of(), List.of())),
                    Locale.ENGLISH)));

    assertTrue(text.contains("Clients present 0"), text);
    assertTrue(text.contains("Clients (0), most urgent first No clients present."), text);
    assertTrue(text.contains("Giving staff member Dana Whitfield"), text);
    assertTrue(text.contains("Page 1 of 1"), text);
  }

  @Test
  void everyLanguageHasTheSameKeys() {
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle english = ResourceBundle.getBundle(HandoverReport.BUNDLE, Locale.ROOT, exact);
    ResourceBundle spanish = ResourceBundle.getBundle(HandoverReport.BUNDLE, SPANISH, exact);
    assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(spanish.keySet()));
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(HandoverReport.render(threeClients(), Locale.ENGLISH))) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          assertTrue(font.getName().contains("DejaVu"), font.getName());
          fonts++;
        }
      }
      assertTrue(fonts > 0, "the page uses no fonts");
    }
  }
}
