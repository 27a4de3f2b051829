package org.waypoint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Fills a layout compiled at build time and exports it as PDF bytes.
 *
 * <p>Each compiled layout ({@code .jasper}, a resource of this jar) is read once per class loader
 * and kept: the cache holds only what the deployed jar contains, which no request, user or node can
 * change, so every node of a cluster holds the same layouts and nothing ever needs invalidating (a
 * new build is a new deployment, hence a new class loader and an empty cache). A {@link
 * JasperReport} is the read-only template of a fill: each fill builds its own fill-time objects
 * from it and never writes to it, so one template serves fills running in parallel ({@code
 * PdfRendererTest} fills the same layouts from several threads and compares with serial prints).
 */
final class PdfRenderer {

  /** The loaded layouts by name; a missing layout is not cached (the print fails each time). */
  private static final ConcurrentMap<String, JasperReport> LAYOUTS = new ConcurrentHashMap<>();

  private PdfRenderer() {}

  /**
   * @param layout the layout's name, e.g. {@code face-sheet} for {@code face-sheet.jasper}
   * @param parameters the layout's parameters
   * @param rows the detail rows, one map of field values each
   * @return the PDF document
   * @throws ReportException when the layout is missing or cannot be filled
   */
  static byte[] render(
      String layout, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              layout(layout), parameters, new JRMapCollectionDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new ReportException("Could not produce the " + layout + " report", e);
    }
  }

  /**
   * @param layout the layout's name
   * @return the compiled layout, read from the jar on first use
   * @throws ReportException when the layout is missing or unreadable
   */
  static JasperReport layout(String layout) {
    JasperReport loaded = LAYOUTS.get(layout);
    if (loaded == null) {
      loaded = load(layout);
      JasperReport raced = LAYOUTS.putIfAbsent(layout, loaded);
      if (raced != null) {
        loaded = raced; // another print loaded the same bytes first: keep one copy
      }
    }
    return loaded;
  }

  private static JasperReport load(String layout) {
    String resource = layout + ".jasper";
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException("Report layout " + resource + " is missing from the build");
      }
      return (JasperReport) JRLoader.loadObject(in);
    } catch (JRException e) {
      throw new ReportException("Could not produce the " + layout + " report", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
