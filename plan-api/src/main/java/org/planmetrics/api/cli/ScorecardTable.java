package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

/**
 * Prints a scorecard as a table a person reads in a terminal: per goal, each target by name
 * with its status, actual, target and pace (序时进度), then one line for each target that is not
 * MET or ON_TRACK saying why; then the cadences (from the first period counted), the duties
 * without a number (listed, not scored) and the counts by status. Chinese characters count as
 * two columns, so the columns line up in a terminal.
 */
final class ScorecardTable {

  private static final int RUNS_SHOWN = 3;

  private ScorecardTable() {}

  static void print(Plan plan, Scorecard card, Language lang, PrintStream out) {
    boolean zh = lang == Language.ZH;
    out.println(plan.title().in(lang));
    out.println((zh ? "评估日期 " : "as of ") + card.asOf() + "  ·  "
        + (zh ? "期间 " : "window ") + card.window().startYear() + "–" + card.window().endYear()
        + "  ·  " + (zh ? "职责自 " + card.dutiesStart() + " 起计" : "duties from "
        + card.dutiesStart()));
    String[] head = zh
        ? new String[] {"目标", "状态", "实际", "目标值", "序时进度"}
        : new String[] {"target", "status", "actual", "target value", "pace"};
    for (ScorecardView.Goal goal : ScorecardView.of(plan, card, lang).goals()) {
      out.println();
      out.println("■ " + goal.title() + " — " + goal.status());
      List<String[]> rows = new ArrayList<>();
      rows.add(head);
      List<String> whys = new ArrayList<>();
      for (ScorecardView.Row row : goal.rows()) {
        rows.add(new String[] {row.name(), row.statusWord(), row.actual(), row.target(),
            row.pace()});
        if (!row.why().isEmpty()) {
          whys.add("  " + row.name() + (zh ? ":" : ": ") + row.why());
        }
      }
      printRows(rows, out);
      whys.forEach(out::println);
    }
    out.println();
    out.println(zh ? "■ 工作机制" : "■ Cadences");
    List<String[]> rows = new ArrayList<>();
    rows.add(zh ? new String[] {"机制", "状态", "起计", "已查周期", "未达要求的周期"}
        : new String[] {"cadence", "status", "from", "periods checked", "short periods"});
    for (CadenceAssessment c : card.cadences()) {
      // Runs of periods short by the same count: "2022-02–2023-06 (0/2 ×17)" is 17 months with
      // no meeting where 2 were required.
      List<CadenceShortfall> runs = c.shortfalls();
      String shown = runs.stream().limit(RUNS_SHOWN)
          .map(r -> (r.single() ? r.from() : r.from() + "–" + r.to()) + " (" + r.countEach()
              + "/" + r.required() + (r.single() ? "" : " ×" + r.periods()) + ")")
          .collect(Collectors.joining(", "));
      if (runs.size() > RUNS_SHOWN) {
        shown += zh ? " 等,共" + c.periodsShort() + c.period().chineseCounted()
            : " … " + c.periodsShort() + " short " + c.period().englishName() + "s in all";
      }
      String name = plan.cadence(c.cadenceId()).map(CadenceRequirement::name)
          .map(n -> n.in(lang)).orElse(c.cadenceId());
      rows.add(new String[] {name, ScorecardView.statusWord(c.status(), lang), c.countsFrom(),
          String.valueOf(c.periodsChecked()), shown});
    }
    printRows(rows, out);
    if (!card.uncountedDuties().isEmpty()) {
      // The text sets these duties without a number: they are shown, and nothing is scored.
      out.println();
      out.println(zh ? "■ 未规定次数的职责(列出,不评分)" : "■ Duties without a number (listed, not scored)");
      List<String[]> duties = new ArrayList<>();
      duties.add(zh ? new String[] {"职责", "条款"} : new String[] {"duty", "clause"});
      card.uncountedDuties().forEach(d -> duties.add(new String[] {d.name().in(lang),
          d.clause()}));
      printRows(duties, out);
    }
    out.println();
    out.println((zh ? "按状态计数: " : "targets by status: ") + card.countsByStatus().entrySet()
        .stream().map(e -> ScorecardView.statusWord(e.getKey(), lang) + " " + e.getValue())
        .collect(Collectors.joining(zh ? "  ·  " : ", ")));
  }

  private static void printRows(List<String[]> rows, PrintStream out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - width(row[i]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Display width in a terminal: CJK characters and full-width forms take two columns. */
  static int width(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 && c != 0xFF5E ? 2 : 1)
        .sum();
  }
}
