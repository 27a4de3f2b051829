package org.waypoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.waypoint.kernel.ClientId;
import org.waypoint.kernel.ClientRecord;

/**
 * The shape of the EJB module, as code: feature packages depend downwards only, onto the kernel at
 * the bottom, and never in a cycle. The Maven modules keep the rest ({@code web} depends on {@code
 * ejb}, never the reverse; {@code reports} depends on nothing of ours).
 */
class ArchitectureTest {

  private static final JavaClasses WAYPOINT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.waypoint");

  /** No two feature packages depend on each other, directly or through others. */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.waypoint.(*)..").should().beFreeOfCycles();

  /**
   * The layers, bottom to top. A layer may use the ones below it; within the feature layer,
   * packages use each other only without cycles (the rule above).
   */
  static final ArchRule LAYERS =
      layeredArchitecture()
          .consideringOnlyDependenciesInAnyPackage("org.waypoint..")
          .layer("Kernel")
          .definedBy("org.waypoint.kernel..")
          .layer("Report data")
          .definedBy("org.waypoint.report..")
          .layer("Foundation")
          .definedBy("org.waypoint.center..", "org.waypoint.program..", "org.waypoint.submission..")
          .layer("Audit")
          .definedBy("org.waypoint.audit..")
          .layer("Identity and access")
          .definedBy("org.waypoint.security..", "org.waypoint.access..")
          .layer("Features")
          .definedBy(
              "org.waypoint.client..",
              "org.waypoint.risk..",
              "org.waypoint.precaution..",
              "org.waypoint.safetyplan..",
              "org.waypoint.followup..",
              "org.waypoint.checkin..",
              "org.waypoint.intake..",
              "org.waypoint.admin..",
              "org.waypoint.note..",
              "org.waypoint.discharge..",
              "org.waypoint.chart..",
              "org.waypoint.handover..",
              "org.waypoint.persistence..")
          .layer("Demo")
          .definedBy("org.waypoint.demo..")
          .whereLayer("Kernel")
          .mayNotAccessAnyLayer()
          .whereLayer("Report data")
          .mayNotAccessAnyLayer()
          .whereLayer("Foundation")
          .mayOnlyAccessLayers("Kernel")
          .whereLayer("Audit")
          .mayOnlyAccessLayers("Kernel", "Foundation")
          .whereLayer("Identity and access")
          .mayOnlyAccessLayers("Kernel", "Foundation", "Audit")
          .whereLayer("Features")
          .mayOnlyAccessLayers(
              "Kernel", "Foundation", "Audit", "Identity and access", "Report data")
          .whereLayer("Demo")
          .mayNotBeAccessedByAnyLayer();

  /** Every single-client call says which parameter is the client id; nothing guesses it. */
  static final ArchRule CLIENT_ID_MARKED =
      methods()
          .that()
          .areAnnotatedWith(ClientRecord.class)
          .or()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(ClientRecord.class)
          .and()
          .arePublic()
          .should(markOneClientId());

  @Test
  void featurePackagesHaveNoCycles() {
    NO_PACKAGE_CYCLES.check(WAYPOINT);
  }

  @Test
  void packagesDependDownwardsOnly() {
    LAYERS.check(WAYPOINT);
  }

  @Test
  void clientRecordMethodsMarkTheirClientId() {
    CLIENT_ID_MARKED.check(WAYPOINT);
  }

  @Test
  void aCycleFailsTheBuild() {
    JavaClasses withCycle =
        new ClassFileImporter().importPackages("org.waypoint.architecture.cyclefixture");
    assertThrows(
        AssertionError.class,
        () ->
            slices()
                .matching("org.waypoint.architecture.cyclefixture.(*)..")
                .should()
                .beFreeOfCycles()
                .check(withCycle));
  }

  @Test
  void theKernelMayUseNoFeature() {
    JavaClasses withCycle =
        new ClassFileImporter().importPackages("org.waypoint.architecture.cyclefixture");
    assertThrows(
        AssertionError.class,
        () ->
            layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.waypoint..")
                .layer("Bottom")
                .definedBy("..cyclefixture.one..")
                .layer("Top")
                .definedBy("..cyclefixture.two..")
                .whereLayer("Bottom")
                .mayNotAccessAnyLayer()
                .check(withCycle));
  }

  private static ArchCondition<JavaMethod> markOneClientId() {
    return new ArchCondition<>("mark exactly one long parameter @ClientId") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (method.getModifiers().contains(JavaModifier.SYNTHETIC)) {
          return;
        }
        long marked =
            Arrays.stream(method.reflect().getParameters())
                .filter(p -> p.isAnnotationPresent(ClientId.class))
                .filter(p -> p.getType() == long.class || p.getType() == Long.class)
                .count();
        if (marked != 1) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " has " + marked + " @ClientId id parameter(s)"));
        }
      }
    };
  }
}
