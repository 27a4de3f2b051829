package org.waypoint.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a printed report says, read back with PDFBox: the report tests' shared helpers. */
final class PdfText {

  private PdfText() {}

  /** The whole document's text, page after page. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text of each page, in order. */
  static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(doc));
      }
      return pages;
    }
  }

  /** Text without line breaks, so a wrapped sentence can be found whole. */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
