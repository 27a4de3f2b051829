package org.waypoint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/** Fills a layout compiled at build time and exports it as PDF bytes. */
final class PdfRenderer {

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
    String resource = layout + ".jasper";
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ReportException("Report layout " + resource + " is missing from the build");
      }
      JasperReport report = (JasperReport) JRLoader.loadObject(in);
      JasperPrint print =
          JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
      return JasperExportManager.exportReportToPdf(print);
    } catch (JRException e) {
      throw new ReportException("Could not produce the " + layout + " report", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
