package org.planmetrics.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.DisplayRounding;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Prints a scorecard as a table a person reads: per goal, each target's status, actual, target
 * and pace (序时进度), then the cadences (from the first period counted), the duties without a
 * number (listed, not scored) and the counts by status, in Chinese or English.
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
    for (GoalStatus goal : card.goals()) {
      out.println();
      out.println("■ " + goal.title().in(lang) + " — " + name(goal.status(), lang));
      List<String[]> rows = new ArrayList<>();
      rows.add(head);
      List<String> reasons = new ArrayList<>();
      for (Assessment a : card.assessments()) {
        if (!a.goalId().equals(goal.goalId())) {
          continue;
        }
        rows.add(new String[] {
            a.targetId(),
            name(a.status(), lang),
            a.actual().map(q -> quantity(q, lang)).orElse("—"),
            target(a, lang),
            a.pace().map(p -> pace(p, lang)).orElse("")});
        a.reason().ifPresent(r -> reasons.add("  " + a.targetId() + ": " + r.in(lang)));
      }
      printRows(rows, out);
      reasons.forEach(out::println);
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
      rows.add(new String[] {c.cadenceId(), name(c.status(), lang), c.countsFrom(),
          String.valueOf(c.periodsChecked()), shown});
    }
    printRows(rows, out);
    if (!card.uncountedDuties().isEmpty()) {
      // The text sets these duties without a number: they are shown, and nothing is scored.
      out.println();
      out.println(zh ? "■ 未规定次数的职责(列出,不评分)" : "■ Duties without a number (listed, not scored)");
      List<String[]> duties = new ArrayList<>();
      duties.add(zh ? new String[] {"职责", "条款", "名称"} : new String[] {"duty", "clause", "name"});
      card.uncountedDuties().forEach(d ->
          duties.add(new String[] {d.dutyId(), d.clause(), d.name().in(lang)}));
      printRows(duties, out);
    }
    out.println();
    out.println((zh ? "按状态计数: " : "targets by status: ") + card.countsByStatus().entrySet()
        .stream().map(e -> name(e.getKey(), lang) + " " + e.getValue())
        .collect(Collectors.joining(zh ? "  ·  " : ", ")));
  }

  static String name(Status status, Language lang) {
    return lang == Language.ZH ? status.chineseName() : status.englishName();
  }

  /** The target as people read it, for example {@code 确保 > 70%} or {@code strive ≥ 7 USD 100 million}. */
  static String target(Assessment a, Language lang) {
    Commitment commitment = a.commitment();
    String word = lang == Language.ZH ? commitment.chineseWord() : commitment.englishWord();
    if (commitment == Commitment.PLAIN) {
      word = "";
    }
    return (word.isEmpty() ? "" : word + " ") + a.operator().symbol() + " "
        + quantity(a.threshold(), lang);
  }

  /**
   * A figure as people read it, rounded as the sentences round it ({@link DisplayRounding}):
   * ratios as percentages to one decimal, amounts to two decimals without trailing zeros, with
   * the unit; counts and tiers are whole numbers, shown as they are.
   */
  static String quantity(Quantity q, Language lang) {
    if (q.unit() == Unit.RATIO) {
      return DisplayRounding.percent(q.value());
    }
    boolean zh = lang == Language.ZH;
    if (q.unit() == Unit.COUNT || q.unit() == Unit.TIER) {
      String whole = q.value().stripTrailingZeros().toPlainString();
      if (q.unit() == Unit.TIER) {
        return zh ? "第" + whole + "方阵" : "tier " + whole;
      }
      return zh ? whole + "个" : whole;
    }
    String unit = zh ? q.unit().chineseSymbol() : q.unit().englishName();
    return DisplayRounding.amount(q.value()).stripTrailingZeros().toPlainString()
        + (zh ? "" : " ") + unit;
  }

  static String pace(Pace p, Language lang) {
    BigDecimal gap = DisplayRounding.points(p.gapPercentagePoints());
    String signed = (gap.signum() > 0 ? "+" : "") + gap.toPlainString();
    String completion = DisplayRounding.percent(p.completion());
    String time = DisplayRounding.percent(p.timeProgress());
    return lang == Language.ZH
        ? "完成" + completion + " / 时间" + time + " (" + signed + "个百分点)"
        : "done " + completion + " vs time " + time + " (" + signed + " pts)";
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

  /** Display width in a terminal: CJK characters take two columns. */
  static int width(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 && c != 0xFF5E ? 2 : 1).sum();
  }
}
