package org.waypoint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.waypoint.report.PdfText.text;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

class PdfRendererTest {

  @Test
  void eachLayoutIsReadOnceAndKept() {
    assertSame(PdfRenderer.layout("handover"), PdfRenderer.layout("handover"));
    assertSame(PdfRenderer.layout("discharge-plan"), PdfRenderer.layout("discharge-plan"));
  }

  @Test
  void aMissingLayoutFailsEveryPrint() {
    for (int i = 0; i < 2; i++) {
      assertThrows(
          ReportException.class, () -> PdfRenderer.render("no-such-layout", Map.of(), List.of()));
    }
  }

  /**
   * The same kept layouts filled from several threads at once give what one thread alone gives: a
   * fill never writes to the shared template.
   */
  @Test
  void oneKeptLayoutServesFillsRunningInParallel() throws Exception {
    List<Callable<byte[]>> prints = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      int clients = 2 + i % 5;
      boolean draft = i % 2 == 0;
      String line = "1-800-555-01" + (10 + i);
      prints.add(
          i % 2 == 0
              ? () -> HandoverReport.render(HandoverReportTest.program(clients), Locale.ENGLISH)
              : () -> DischargePlanReport.render(DischargePlanReportTest.english(draft, line)));
    }
    List<String> alone = new ArrayList<>();
    for (Callable<byte[]> print : prints) {
      alone.add(text(print.call()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<byte[]>> together = pool.invokeAll(prints);
        for (int i = 0; i < prints.size(); i++) {
          assertEquals(alone.get(i), text(together.get(i).get()), "print " + i);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Prints how long the 60-client handover and the discharge plan take to render (the layout read
   * and the fill and export), for a person comparing builds: {@code -Dreport.timing=true}. It
   * asserts nothing: a timing on a shared machine is not a test.
   */
  @Test
  @EnabledIfSystemProperty(named = "report.timing", matches = "true")
  void printsRenderTimes() {
    time(
        "handover, 60 clients",
        () -> HandoverReport.render(HandoverReportTest.program(60), Locale.ENGLISH));
    time(
        "discharge plan",
        () -> DischargePlanReport.render(DischargePlanReportTest.english(false, "1-800-555-0100")));
    time(
        "handover, 40 clients",
        () -> HandoverReport.render(HandoverReportTest.program(40), Locale.ENGLISH));
    // what every print paid before the layouts were kept: reading the compiled layout
    time("reading handover.jasper", () -> reread("handover"));
    time("reading discharge-plan.jasper", () -> reread("discharge-plan"));
  }

  private static byte[] reread(String layout) throws Exception {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(layout + ".jasper")) {
      JRLoader.loadObject(in);
    }
    return new byte[0];
  }

  private static void time(String what, Callable<byte[]> print) {
    try {
      for (int i = 0; i < 5; i++) {
        print.call(); // warm-up: class loading and the JIT
      }
      int runs = 30;
      long[] ms = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        print.call();
        ms[i] = (System.nanoTime() - start) / 1_000;
      }
      Arrays.sort(ms);
      System.out.printf(
          Locale.ROOT,
          "render %s: p50 %.1f ms, p95 %.1f ms, min %.1f ms (%d runs)%n",
          what,
          ms[runs / 2] / 1000.0,
          ms[(int) Math.ceil(runs * 0.95) - 1] / 1000.0,
          ms[0] / 1000.0,
          runs);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
