package org.waypoint.report.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Compiles every {@code .jrxml} in a folder to a {@code .jasper} of the same name. Run by the build
 * ({@code exec-maven-plugin}) in a forked JVM, so a layout error fails the build, not a print at
 * the bedside.
 */
public final class CompileTemplates {

  private CompileTemplates() {}

  /**
   * @param args the folder of {@code .jrxml} files, then the output folder
   */
  public static void main(String[] args) throws IOException, JRException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompileTemplates SOURCE_DIR TARGET_DIR");
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> layouts;
    try (Stream<Path> files = Files.list(source)) {
      layouts = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path layout : layouts) {
      String name = layout.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
      JasperCompileManager.compileReportToFile(layout.toString(), target.resolve(name).toString());
      System.out.println("compiled " + layout.getFileName() + " -> " + name);
    }
  }
}
