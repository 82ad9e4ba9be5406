package org.planmetrics.api.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.GoalStatus;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.DisplayRounding;
import org.planmetrics.metrics.wording.ShortfallSentences;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * A scorecard as people read it, in one language, for the table, CSV and Markdown: each target
 * by its name ({@code 主导工业项目占比}, or its id where the plan gives it none), its status in
 * words, its figure and its target as bulletins write them ({@code 确保 > 70.0%}), its pace
 * (序时进度), and why it stands so, where it is NOT_ASSESSABLE (the reason), MISSED or BEHIND
 * (which year, by how much: {@link ShortfallSentences}). Figures are rounded by {@link
 * DisplayRounding}.
 */
record ScorecardView(List<Goal> goals) {

  /** A goal's title, its status in words, and its targets. */
  record Goal(String id, String title, String status, List<Row> rows) {}

  /** One target as shown. {@code why} is empty for a target MET or ON_TRACK. */
  record Row(String id, String name, Status status, String statusWord, String actual,
      String target, String pace, String why) {}

  static ScorecardView of(Plan plan, Scorecard card, Language lang) {
    List<Goal> goals = new ArrayList<>();
    for (GoalStatus goal : card.goals()) {
      List<Row> rows = new ArrayList<>();
      for (Assessment a : card.assessments()) {
        if (a.goalId().equals(goal.goalId())) {
          rows.add(row(plan, a, lang));
        }
      }
      goals.add(new Goal(goal.goalId(), goal.title().in(lang), statusWord(goal.status(), lang),
          rows));
    }
    return new ScorecardView(goals);
  }

  private static Row row(Plan plan, Assessment a, Language lang) {
    String countWord = plan.target(a.targetId()).map(Target::countWord).orElse("个");
    Optional<LocalizedText> why = a.reason().or(() -> ShortfallSentences.shortfall(plan, a));
    return new Row(a.targetId(), targetName(plan, a.targetId(), lang), a.status(),
        statusWord(a.status(), lang), a.actual().map(q -> quantity(q, lang, countWord))
            .orElse("—"),
        target(a, lang, countWord), a.pace().map(p -> pace(p, lang)).orElse(""),
        why.map(w -> w.in(lang)).orElse(""));
  }

  /** The target's name in {@code lang}: its short name in the plan, else its id. */
  static String targetName(Plan plan, String targetId, Language lang) {
    return plan.target(targetId).flatMap(Target::name).map(n -> n.in(lang)).orElse(targetId);
  }

  static String statusWord(Status status, Language lang) {
    return lang == Language.ZH ? status.chineseName() : status.englishName();
  }

  /**
   * The target as people read it: {@code 确保 > 70.0%}, {@code strive ≥ 7 USD 100 million}; a
   * count in its text's measure word ({@code ≥ 10家}).
   */
  static String target(Assessment a, Language lang, String countWord) {
    Commitment commitment = a.commitment();
    String word = commitment == Commitment.PLAIN ? ""
        : lang == Language.ZH ? commitment.chineseWord() : commitment.englishWord();
    return (word.isEmpty() ? "" : word + " ") + a.operator().symbol() + " "
        + quantity(a.threshold(), lang, countWord);
  }

  /**
   * A figure as people read it, rounded as the sentences round it: ratios as percentages to one
   * decimal, amounts to two decimals without trailing zeros, with the unit; counts and tiers as
   * whole numbers, a count in Chinese with {@code countWord} (个, 家, 户).
   */
  static String quantity(Quantity q, Language lang, String countWord) {
    if (q.unit() == Unit.RATIO) {
      return DisplayRounding.percent(q.value());
    }
    boolean zh = lang == Language.ZH;
    if (q.unit() == Unit.COUNT || q.unit() == Unit.TIER) {
      String whole = q.value().stripTrailingZeros().toPlainString();
      if (q.unit() == Unit.TIER) {
        return zh ? "第" + whole + "方阵" : "tier " + whole;
      }
      return zh ? whole + countWord : whole;
    }
    String unit = zh ? q.unit().chineseSymbol() : q.unit().englishName();
    return DisplayRounding.amount(q.value()).stripTrailingZeros().toPlainString()
        + (zh ? "" : " ") + unit;
  }

  /** "完成83.7% / 时间83.3% (+0.4个百分点)" / "done 83.7% vs time 83.3% (+0.4 pts)". */
  static String pace(Pace p, Language lang) {
    BigDecimal gap = DisplayRounding.points(p.gapPercentagePoints());
    String signed = (gap.signum() > 0 ? "+" : "") + gap.toPlainString();
    String completion = DisplayRounding.percent(p.completion());
    String time = DisplayRounding.percent(p.timeProgress());
    return lang == Language.ZH
        ? "完成" + completion + " / 时间" + time + " (" + signed + "个百分点)"
        : "done " + completion + " vs time " + time + " (" + signed + " pts)";
  }
}
