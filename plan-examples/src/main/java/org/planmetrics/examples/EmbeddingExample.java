package org.planmetrics.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanFiles;

/**
 * Embeds the library: loads a plan, builds {@link Observations} in code, and prints the
 * scorecard. First for the bundled Gongqingcheng plan, then for another county's plan file, the
 * fictional Examplevale County shipped as a resource of this module.
 *
 * <pre>
 * mvn -B -ntp -q install -DskipTests
 * mvn -B -ntp -q -pl plan-examples exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath org.planmetrics.examples.EmbeddingExample"
 * </pre>
 *
 * <p>Add a path after the class name, for example to an edited copy of {@code
 * examplevale-2025.json}, to load the second plan from a file instead of the classpath; its
 * observations use Examplevale's ids. (The module's pom fixes exec:java's main class to
 * PlanSummary, so use exec:exec as above.)
 *
 * <p>All figures are illustrative, not official statistics. The assessment date is fixed: nothing
 * here reads the clock.
 */
public final class EmbeddingExample {

  /** The fictional county plan shipped with this module. */
  public static final String EXAMPLE_PLAN_RESOURCE =
      "/org/planmetrics/examples/plans/examplevale-2025.json";

  private EmbeddingExample() {}

  public static void main(String[] args) {
    Plan other = args.length > 0 ? PlanFiles.load(Path.of(args[0])) : examplevalePlan();
    run(System.out, other);
  }

  /** Runs the example with the fictional plan from the classpath. */
  static void run(PrintStream out) {
    run(out, examplevalePlan());
  }

  /** Loads the fictional Examplevale plan through the same loader as any county's plan file. */
  public static Plan examplevalePlan() {
    return PlanFiles.loadResource(EXAMPLE_PLAN_RESOURCE);
  }

  static void run(PrintStream out, Plan otherPlan) {
    // 1. The bundled plan, with observations built in code.
    Plan bundled = BundledPlans.gongqingcheng2022();
    Scorecard scorecard = Assessor.of(bundled).scorecard(gongqingchengObservations());
    print(bundled, scorecard, out);

    // 2. Another county's plan file: same loader, same checks, same assessment.
    out.println();
    Scorecard other = Assessor.of(otherPlan).scorecard(examplevaleObservations());
    print(otherPlan, other, out);
  }

  /** Illustrative figures for Gongqingcheng, as of 2023-06-30 (not official statistics). */
  static Observations gongqingchengObservations() {
    return Observations.builder()
        .asOf(LocalDate.parse("2023-06-30"))
        .putSeries("foreign-capital-utilized", Map.of(
            "2021", new BigDecimal("2.035"), "2022", new BigDecimal("2.21"),
            "2022-06", new BigDecimal("1.02"), "2023-06", new BigDecimal("1.15")))
        .putSeries("cash-fdi", Map.of(
            "2021", new BigDecimal("0.165"), "2022", new BigDecimal("0.19")))
        .putSeries("out-of-province-capital", Map.of(
            "2021", new BigDecimal("83.55"), "2022", new BigDecimal("92.0"),
            "2022-06", new BigDecimal("41.3"), "2023-06", new BigDecimal("46.8")))
        .addProjects(LedgerProject.builder().id("P-2022-001").name("Illustrative project A")
            .signedOn(LocalDate.parse("2022-05-10")).investment(new BigDecimal("120.5"))
            .industrial(true).leadingIndustry(true)
            .addInvestorTypes(InvestorType.FORTUNE_GLOBAL_500).build())
        .addProjects(LedgerProject.builder().id("P-2023-002").name("Illustrative project B")
            .signedOn(LocalDate.parse("2023-03-18")).investment(new BigDecimal("25"))
            .industrial(true).strategicEmerging(true).build())
        .putRanks("2022", PublishedRanks.of(2, 4, 13))
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.parse("2022-01-10")))
        .addEvents(LoggedEvent.of("TEAM_MEETING", LocalDate.parse("2022-01-24")))
        .addEvents(LoggedEvent.of("TRAINING", LocalDate.parse("2022-04-15")))
        .build();
  }

  /** Illustrative figures for the fictional Examplevale County, as of 2026-03-31. */
  static Observations examplevaleObservations() {
    return Observations.builder()
        .asOf(LocalDate.parse("2026-03-31"))
        .putSeries("outside-capital", Map.of(
            "2024", new BigDecimal("18.0"), "2025", new BigDecimal("19.8"),
            "2025-03", new BigDecimal("4.5"), "2026-03", new BigDecimal("5.0")))
        .addProjects(LedgerProject.builder().id("EV-2025-001").name("Fictional project A")
            .signedOn(LocalDate.parse("2025-04-01")).investment(new BigDecimal("12"))
            .industrial(true).leadingIndustry(true).build())
        .addProjects(LedgerProject.builder().id("EV-2025-002").name("Fictional project B")
            // exactly on the "10" tier's lower bound, which is inclusive
            .signedOn(LocalDate.parse("2025-09-15")).investment(new BigDecimal("10"))
            .industrial(true).leadingIndustry(true).build())
        .addProjects(LedgerProject.builder().id("EV-2026-003").name("Fictional project C")
            .signedOn(LocalDate.parse("2026-02-01")).investment(new BigDecimal("6.5"))
            .industrial(true).build())
        .putPeers("2025", Map.of(
            "examplevale", PeerFigures.of(new BigDecimal("19.8"), new BigDecimal("0.10")),
            "sampleton", PeerFigures.of(new BigDecimal("15.2"), new BigDecimal("0.06")),
            "mockford", PeerFigures.of(new BigDecimal("22.4"), new BigDecimal("0.04")),
            "dummyhill", PeerFigures.of(new BigDecimal("9.9"), new BigDecimal("0.12"))))
        .addEvents(LoggedEvent.of("PROJECT_REVIEW", LocalDate.parse("2025-03-20")))
        .addEvents(LoggedEvent.of("PROJECT_REVIEW", LocalDate.parse("2025-06-18")))
        .addEvents(LoggedEvent.of("PROJECT_REVIEW", LocalDate.parse("2025-09-25")))
        .addEvents(LoggedEvent.of("PROJECT_REVIEW", LocalDate.parse("2025-12-19")))
        .addEvents(LoggedEvent.of("PROJECT_REVIEW", LocalDate.parse("2026-03-12")))
        .build();
  }

  /** Prints a compact table: target, status, and the explanation in Chinese and English. */
  static void print(Plan plan, Scorecard scorecard, PrintStream out) {
    out.printf("%s / %s%n", plan.title().zh(), plan.title().en());
    out.printf("%s  %d–%d  asOf %s%n", scorecard.planId(), scorecard.window().startYear(),
        scorecard.window().endYear(), scorecard.asOf());
    out.printf("%-36s %-16s%n", "target", "status");
    for (Assessment a : scorecard.assessments()) {
      out.printf("%-36s %-16s %s%n", a.targetId(), a.status(), a.status().chineseName());
      out.printf("    zh: %s%n", a.explanation().zh());
      out.printf("    en: %s%n", a.explanation().en());
    }
    for (CadenceAssessment c : scorecard.cadences()) {
      // One line per cadence keeps the table short; c.explanation() has the periods that fell short.
      out.printf("%-36s %-16s %s%n", "cadence " + c.cadenceId(), c.status(),
          c.status().chineseName());
    }
    out.printf("counts: %s%n", scorecard.countsByStatus());
  }
}
