package org.planmetrics.api.page;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * What axe-core finds on the current page: its rules (bundled in the axe-core Selenium jar, so
 * nothing is fetched) are injected into the page and run there, and the findings come back.
 *
 * <pre>{@code
 * AxeReport axe = AxeReport.of(chromium.driver());
 * assertThat(axe.seriousOrCritical()).as(axe.describeSeriousOrCritical()).isEmpty();
 * }</pre>
 */
public final class AxeReport {

  private static final Set<String> SERIOUS = Set.of("serious", "critical");
  /** Failing elements listed per rule; a rule broken by a repeated component lists dozens. */
  private static final int NODES_SHOWN = 5;

  private final Results results;

  private AxeReport(Results results) {
    this.results = results;
  }

  /** Runs all of axe's rules on the page {@code driver} shows; fails if axe itself failed. */
  public static AxeReport of(WebDriver driver) {
    return of(driver, new AxeBuilder());
  }

  /**
   * Runs axe as {@code builder} says (for example {@code include("#chart")} or {@code
   * withTags(List.of("wcag2a", "wcag2aa"))}) on the page {@code driver} shows.
   */
  public static AxeReport of(WebDriver driver, AxeBuilder builder) {
    Results results = builder.analyze(driver);
    if (results.isErrored()) {
      throw new IllegalStateException("axe-core failed: " + results.getErrorMessage(),
          results.getError());
    }
    return new AxeReport(results);
  }

  /** axe's own results, for what this class does not summarise. */
  public Results results() {
    return results;
  }

  /** Every violated rule, whatever its impact. */
  public List<Rule> violations() {
    return results.getViolations();
  }

  /** The violated rules whose impact is "serious" or "critical". */
  public List<Rule> seriousOrCritical() {
    return violations().stream().filter(rule -> SERIOUS.contains(rule.getImpact())).toList();
  }

  /**
   * How many rules axe evaluated: passed, violated or needing review. Zero means axe did not
   * look at the page at all (for example it ran on an empty document).
   */
  public int rulesEvaluated() {
    return results.getPasses().size() + results.getViolations().size()
        + results.getIncomplete().size();
  }

  /** {@link #seriousOrCritical} in words, one rule a line with its failing elements. */
  public String describeSeriousOrCritical() {
    return describe(seriousOrCritical());
  }

  /**
   * {@code rules} for an assertion message: per rule its id, impact and help, and the CSS
   * selectors (axe's "targets") of the elements that fail it.
   */
  public static String describe(List<Rule> rules) {
    if (rules.isEmpty()) {
      return "no violations";
    }
    return rules.stream().map(AxeReport::describe)
        .collect(Collectors.joining("\n", rules.size() + " violation(s):\n", ""));
  }

  private static String describe(Rule rule) {
    List<CheckedNode> nodes = rule.getNodes();
    String at = nodes.stream().limit(NODES_SHOWN).map(node -> "\n    at " + target(node))
        .collect(Collectors.joining());
    String more = nodes.size() > NODES_SHOWN
        ? "\n    and " + (nodes.size() - NODES_SHOWN) + " more element(s)" : "";
    return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " ["
        + rule.getHelpUrl() + "]" + at + more;
  }

  private static String target(CheckedNode node) {
    Object target = node.getTarget();
    // One selector per frame or shadow root on the way to the element.
    String where = target instanceof List<?> path
        ? path.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
        : String.valueOf(target);
    String summary = node.getFailureSummary();
    if (summary == null || summary.isBlank()) {
      return where;
    }
    String oneLine = summary.strip().replaceAll("\\s+", " ");
    return where + " — " + (oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine);
  }
}
