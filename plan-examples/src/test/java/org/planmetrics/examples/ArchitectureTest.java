package org.planmetrics.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module picture true: model ← metrics ← api ← examples, and model ← metrics ← testkit,
 * which nothing of the library depends on. It lives in plan-examples because only this module
 * sees every other one on its classpath.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.planmetrics");
  }

  @Test
  void dependenciesPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .withOptionalLayers(true)
        .layer("Model").definedBy("org.planmetrics.model..")
        .layer("Metrics").definedBy("org.planmetrics.metrics..")
        .layer("Api").definedBy("org.planmetrics.api..")
        .layer("Examples").definedBy("org.planmetrics.examples..")
        .layer("Testkit").definedBy("org.planmetrics.testkit..")
        .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("Testkit").mayNotBeAccessedByAnyLayer()
        .whereLayer("Api").mayOnlyBeAccessedByLayers("Examples")
        .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Api", "Examples", "Testkit")
        .whereLayer("Model").mayOnlyBeAccessedByLayers("Metrics", "Api", "Examples", "Testkit")
        .check(classes);
  }

  /**
   * QuickTheories is an optional dependency of plan-testkit: only its adapters may use it, so that
   * the generators work without it, and no library module may.
   */
  @Test
  void onlyTheTestkitsAdaptersTouchQuickTheories() {
    noClasses().that().resideOutsideOfPackage("org.planmetrics.testkit.quicktheories..")
        .should().dependOnClassesThat().resideInAPackage("org.quicktheories..")
        .check(classes);
  }

  @Test
  void theLibraryAndTheTestkitNeverTouchJavalin() {
    noClasses().that().resideInAnyPackage("org.planmetrics.model..", "org.planmetrics.metrics..",
            "org.planmetrics.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
        .check(classes);
  }

  /**
   * Inside plan-metrics the packages form layers too: the formulas know nothing of assessments;
   * the inputs (observation) and the results know nothing of the engines (assessment, teams, projects, bulletin) or
   * the wording; the wording words results and knows nothing of the inputs or the engines that
   * decide.
   */
  @Test
  void insideMetricsInputsResultsAndWordingNeverReachIntoTheEngine() {
    noClasses().that().resideInAnyPackage("org.planmetrics.metrics.observation..",
            "org.planmetrics.metrics.result..")
        .should().dependOnClassesThat().resideInAnyPackage("org.planmetrics.metrics.assessment..",
            "org.planmetrics.metrics.teams..", "org.planmetrics.metrics.projects..",
            "org.planmetrics.metrics.bulletin..", "org.planmetrics.metrics.wording..")
        .check(classes);
    noClasses().that().resideInAPackage("org.planmetrics.metrics.wording..")
        .should().dependOnClassesThat().resideInAnyPackage("org.planmetrics.metrics.assessment..",
            "org.planmetrics.metrics.teams..", "org.planmetrics.metrics.projects..",
            "org.planmetrics.metrics.bulletin..", "org.planmetrics.metrics.observation..")
        .check(classes);
    noClasses().that().resideInAPackage("org.planmetrics.metrics")
        .should().dependOnClassesThat().resideInAnyPackage("org.planmetrics.metrics.*..")
        .check(classes);
  }

  @Test
  void packagesDoNotDependOnEachOtherInACircle() {
    // Each package is a slice of its own (org.planmetrics.model, .model.json, ...), so a cycle
    // between a package and its subpackage counts as well as one between modules.
    slices().matching("org.planmetrics.(**)").should().beFreeOfCycles()
        // The one known cycle, model <-> model.time: PlanWindow and WindowReading use
        // LocalizedText, PlanStyle and InvalidArgumentException from the root package, which the
        // plan uses the window from. Breaking it moves types that the assessment package imports,
        // and that package is being restructured on another branch (issue 13); take this line
        // out when the move is made.
        .ignoreDependency(resideInAPackage("org.planmetrics.model.time"),
            resideInAPackage("org.planmetrics.model"))
        .check(classes);
  }

  @Test
  void theModelIsImported() {
    // Guards the rules above against passing vacuously because nothing was imported.
    org.assertj.core.api.Assertions.assertThat(
            classes.containPackage("org.planmetrics.model"))
        .isTrue();
    for (String packageName : new String[] {"org.planmetrics.metrics",
        "org.planmetrics.metrics.observation", "org.planmetrics.metrics.result",
        "org.planmetrics.metrics.assessment", "org.planmetrics.metrics.wording",
        "org.planmetrics.testkit", "org.planmetrics.testkit.quicktheories"}) {
      org.assertj.core.api.Assertions.assertThat(classes.containPackage(packageName))
          .as(packageName).isTrue();
    }
  }
}
