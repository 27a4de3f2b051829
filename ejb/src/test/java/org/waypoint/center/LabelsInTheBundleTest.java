package org.waypoint.center;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;
import org.waypoint.kernel.Role;
import org.waypoint.risk.RiskLevel;
import org.waypoint.safetyplan.PlanEntry;
import org.waypoint.safetyplan.PlanPart;

/**
 * Enum labels are looked up by a key built from the constant ({@code package.Enum.CONSTANT}), which
 * {@link WordingKeysTest} cannot see in the source: every constant of every enum with a {@code
 * label()} finds its words.
 */
class LabelsInTheBundleTest {

  @Test
  void everyEnumLabelIsInTheBundle() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.waypoint")) {
      if (!type.isEnum()) {
        continue;
      }
      Class<?> enumType = type.reflect();
      Method label;
      try {
        label = enumType.getMethod("label");
      } catch (NoSuchMethodException e) {
        continue;
      }
      for (Object constant : enumType.getEnumConstants()) {
        try {
          label.invoke(constant);
          checked++;
        } catch (java.lang.reflect.InvocationTargetException e) {
          if (e.getCause() instanceof MissingResourceException) {
            missing.add(enumType.getSimpleName() + "." + constant);
          } else {
            throw e;
          }
        }
      }
    }
    assertEquals(List.of(), missing, "enum labels missing from ValidationMessages.properties");
    assertEquals(true, checked > 100, "enums with labels were found: " + checked);
  }

  @Test
  void labelsKeepTheirEnglishWording() {
    assertEquals("Administrator", Role.ADMIN.label());
    assertEquals("Imminent", RiskLevel.IMMINENT.label());
    assertEquals("twice a week", RiskLevel.MODERATE.cadence());
    assertEquals("Overdue by 1234 days", Wording.text("plan.review.overdueBy", 1234L, "1234"));
    assertEquals("Due in 1 day", Wording.text("plan.review.dueIn", 1L, "1"));
    assertEquals("0 minutes", Wording.text("checkin.due.minutes", 0L, "0"));
    assertEquals(
        "Lock box (kitchen) — held by Aunt Rosa",
        new PlanEntry("k", PlanPart.SAFER_SURROUNDINGS, "Lock box", "kitchen", null, "Aunt Rosa")
            .summary());
  }
}
