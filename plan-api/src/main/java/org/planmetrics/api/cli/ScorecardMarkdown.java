package org.planmetrics.api.cli;

import java.util.stream.Collectors;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

/**
 * A scorecard as Markdown, to paste into a document or a message: the plan's title, the date,
 * a table per goal (target, status, actual, target value, pace, why), the cadences and the
 * counts by status.
 */
final class ScorecardMarkdown {

  private ScorecardMarkdown() {}

  static String write(Plan plan, Scorecard card, Language lang) {
    boolean zh = lang == Language.ZH;
    StringBuilder out = new StringBuilder();
    out.append("# ").append(plan.title().in(lang)).append("\n\n");
    out.append(zh ? "评估日期 " + card.asOf() + ",期间 " + card.window().startYear() + "—"
        + card.window().endYear() + ",职责自 " + card.dutiesStart() + " 起计"
        : "As of " + card.asOf() + ", window " + card.window().startYear() + "–"
            + card.window().endYear() + ", duties from " + card.dutiesStart()).append("\n");
    for (ScorecardView.Goal goal : ScorecardView.of(plan, card, lang).goals()) {
      out.append("\n## ").append(goal.title()).append(zh ? "(" : " (").append(goal.status())
          .append(zh ? ")" : ")").append("\n\n");
      out.append(zh ? "| 目标 | 状态 | 实际 | 目标值 | 序时进度 | 说明 |\n"
          : "| target | status | actual | target value | pace | why |\n");
      out.append("|---|---|---:|---|---|---|\n");
      for (ScorecardView.Row row : goal.rows()) {
        out.append("| ").append(cell(row.name())).append(" | ").append(row.statusWord())
            .append(" | ").append(cell(row.actual())).append(" | ").append(cell(row.target()))
            .append(" | ").append(cell(row.pace())).append(" | ").append(cell(row.why()))
            .append(" |\n");
      }
    }
    out.append(zh ? "\n## 工作机制\n\n| 机制 | 状态 | 起计 | 已查周期 | 未达要求的周期数 |\n"
        : "\n## Cadences\n\n| cadence | status | from | periods checked | periods short |\n");
    out.append("|---|---|---|---:|---:|\n");
    for (CadenceAssessment c : card.cadences()) {
      String name = plan.cadence(c.cadenceId()).map(CadenceRequirement::name)
          .map(n -> n.in(lang)).orElse(c.cadenceId());
      out.append("| ").append(cell(name)).append(" | ")
          .append(ScorecardView.statusWord(c.status(), lang)).append(" | ").append(c.countsFrom())
          .append(" | ").append(c.periodsChecked()).append(" | ").append(c.periodsShort())
          .append(" |\n");
    }
    out.append("\n").append(zh ? "按状态计数:" : "Targets by status: ")
        .append(card.countsByStatus().entrySet().stream()
            .map(e -> ScorecardView.statusWord(e.getKey(), lang) + " " + e.getValue())
            .collect(Collectors.joining(zh ? "、" : ", "))).append("\n");
    return out.toString();
  }

  /** A cell's text with its pipes escaped and line breaks as spaces. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
