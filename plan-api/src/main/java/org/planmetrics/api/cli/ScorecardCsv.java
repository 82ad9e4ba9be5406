package org.planmetrics.api.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

/**
 * A scorecard as CSV, one row per target, for a spreadsheet: the goal, the target's id and
 * name, its status (the constant, and in words), actual, target, pace and why, as the table
 * shows them. The header is in the language asked for; cells are quoted where they must be.
 */
final class ScorecardCsv {

  private ScorecardCsv() {}

  static String write(Plan plan, Scorecard card, Language lang) {
    StringBuilder out = new StringBuilder();
    line(out, lang == Language.ZH
        ? List.of("目标组", "目标编号", "目标", "状态代码", "状态", "实际", "目标值", "序时进度", "说明")
        : List.of("goal", "target id", "target", "status code", "status", "actual",
            "target value", "pace", "why"));
    for (ScorecardView.Goal goal : ScorecardView.of(plan, card, lang).goals()) {
      for (ScorecardView.Row row : goal.rows()) {
        line(out, List.of(goal.title(), row.id(), row.name(), row.status().name(),
            row.statusWord(), row.actual(), row.target(), row.pace(), row.why()));
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(cells.stream().map(ScorecardCsv::cell).collect(Collectors.joining(",")))
        .append("\r\n");
  }

  /** A cell, quoted if it holds a comma, a quote or a line break (RFC 4180). */
  static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")
        || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
