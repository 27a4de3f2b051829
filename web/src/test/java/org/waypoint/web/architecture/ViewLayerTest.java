package org.waypoint.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Views are thin: they call services, which check access and audit. A view never reads client
 * information past them (the EJB module's readers neither check nor audit) and never queries the
 * database itself.
 */
class ViewLayerTest {

  private static final JavaClasses WEB =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.waypoint.web");

  @Test
  void viewsReadThroughServicesOnly() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.waypoint.web..")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Reader")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .because("readers and queries skip the access check and the audit trail");
    rule.check(WEB);
  }
}
