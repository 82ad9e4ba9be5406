package org.planmetrics.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Goal;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.quantity.Quantity;

/**
 * Prints a plan's goals and targets, for example the bundled Gongqingcheng plan:
 *
 * <pre>
 * mvn -q -pl plan-examples exec:java -Dexec.mainClass=org.planmetrics.examples.PlanSummary
 * mvn -q -pl plan-examples exec:java -Dexec.mainClass=org.planmetrics.examples.PlanSummary \
 *     -Dexec.args="--lang en path/to/other-county.json"
 * </pre>
 *
 * <p>It shows the two ways into the library: the bundled plan, and any county's plan file loaded
 * through the same loader.
 */
public final class PlanSummary {

  private PlanSummary() {}

  public static void main(String[] args) {
    Language language = Language.ZH;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      if ("--lang".equals(args[i]) && i + 1 < args.length) {
        language = "en".equals(args[++i]) ? Language.EN : Language.ZH;
      } else {
        file = Path.of(args[i]);
      }
    }
    try {
      Plan plan = file == null ? BundledPlans.gongqingcheng2022() : PlanFiles.load(file);
      print(plan, language, System.out);
    } catch (InvalidPlanException | java.io.UncheckedIOException e) {
      // A person ran this: show what is wrong with the file, not a stack trace.
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /**
   * A threshold as a person reads it in {@code language}: ratios as percentages (0.07 → 7%),
   * others with their unit's name in that language (7亿美元, 7 (USD 100 million)).
   */
  static String forPeople(Quantity threshold, Language language) {
    return language == Language.EN ? threshold.englishText() : threshold.chineseText();
  }

  /** Writes the summary of {@code plan} in {@code language} to {@code out}. */
  public static void print(Plan plan, Language language, PrintStream out) {
    out.printf("%s (%s)%n", plan.title().in(language), plan.id());
    out.printf("%s %d–%d%n", language == Language.EN ? "Window:" : "规划期:",
        plan.window().startYear(), plan.window().endYear());
    for (Goal goal : plan.goals()) {
      out.printf("%n%s %s%n", goal.clause(), goal.title().in(language));
      for (Target target : goal.targets()) {
        out.printf("  %-36s %s %s%n", target.id(), target.operator().symbol(),
            forPeople(target.threshold(), language));
      }
    }
    out.printf("%n%d %s, %d %s, %d %s, %d %s, %d %s%n",
        plan.keyDirections().size(), language == Language.EN ? "key directions" : "个重点方向",
        plan.measures().size(), language == Language.EN ? "measures" : "项重点举措",
        plan.safeguards().size(), language == Language.EN ? "safeguards" : "项保障",
        plan.cadences().size(), language == Language.EN ? "cadences" : "项工作频次",
        plan.units().size(), language == Language.EN ? "responsible units" : "个责任单位");
  }
}
