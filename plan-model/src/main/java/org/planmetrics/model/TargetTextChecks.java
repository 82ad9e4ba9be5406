package org.planmetrics.model;

import static org.planmetrics.model.quantity.ComparisonOperator.APPROXIMATELY;
import static org.planmetrics.model.quantity.ComparisonOperator.AT_LEAST;
import static org.planmetrics.model.quantity.ComparisonOperator.AT_MOST;
import static org.planmetrics.model.quantity.ComparisonOperator.GREATER_THAN;
import static org.planmetrics.model.quantity.ComparisonOperator.LESS_THAN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Checks that a target encodes what its text says. In "力争全市实际利用外资年增长7%以上,累计7亿美元
 * 以上" the target {@code fdi-cumulative} (7 {@code USD_100M}) finds its own figure, 7亿美元, among
 * the figures of the text; then:
 * <ul>
 *   <li>{@code threshold-mismatch}: the text gives figures in the threshold's unit but none equals
 *       the threshold (0.7 against "7%");
 *   <li>{@code operator-mismatch}: the comparison word next to the figure names another operator:
 *       以上, 不低于, 不少于 → {@code AT_LEAST}; 高于, 超过 → {@code GREATER_THAN}; 以内, 以下,
 *       不超过 → {@code AT_MOST}; 低于 → {@code LESS_THAN};
 *   <li>{@code commitment-mismatch}: the commitment is not the one the nearest 确保 or 力争 before
 *       the figure in its sentence gives, or not {@code PLAIN} when there is none;
 *   <li>{@code bare-figure-operator}, {@code unread-bare-figure}: a figure without a comparison
 *       word ("达到30%") is read as a floor, so the operator must be {@code AT_LEAST} and a
 *       reading must name the target; 左右 after a figure means {@code APPROXIMATELY};
 *   <li>for a {@code stretch}, the same threshold and commitment checks on its own figure.
 * </ul>
 *
 * <p>The sentence is read in the goal's text when the target's text is part of it, because a
 * commitment often governs several figures: "确保新引进主导工业项目占比高于70%,新引进战略性新兴产业
 * 项目…比重高于60%" ensures both shares. Sentences end at 。, ;, ；, !, ?, or a line break.
 *
 * <p>The text is read in simplified script, character for character ({@link ChineseScript}), so
 * that a county writing in traditional script keeps its words as written: 力爭 is 力争, 確保 is
 * 确保, 5億美元 is 5 {@code USD_100M}, 不低於 is 不低于. Messages quote the figures as written.
 *
 * <p>What the text does not say is not checked: a text without a figure in the threshold's unit
 * (a threshold in {@code INDEX}, or "翻一番") gives no violation. Figures are read as {@code 7%},
 * {@code 7亿美元}, {@code 50万美元}, {@code 304.2亿元}, {@code 5000万元}, {@code 1.2万亿元},
 * {@code 4个}, {@code 15项}, {@code 3家},
 * {@code 20户} and {@code 第一方阵}, each in the unit it is written in; a money figure matches a
 * threshold in any scale of its currency exactly (5000万元 is a threshold of 0.5 {@code CNY_100M}
 * or 5000 {@code CNY_10K}), never one in another currency.
 */
final class TargetTextChecks {

  private static final Pattern FIGURE = Pattern.compile(
      "(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*(%|％|亿美元|万美元|万亿元|亿元|万元|个|项|家|户)"
          + "|第([一二三四五六七八九]|[0-9]+)方阵");

  /** Words written after a figure, longest first so that 及以上 is read whole. */
  private static final List<Word> AFTER = List.of(
      new Word("及以上", AT_LEAST), new Word("及以下", AT_MOST),
      new Word("以上", AT_LEAST), new Word("以下", AT_MOST), new Word("以内", AT_MOST),
      new Word("左右", APPROXIMATELY));

  /** Words written before a figure, longest first so that 不低于 is not read as 低于. */
  private static final List<Word> BEFORE = List.of(
      new Word("不低于", AT_LEAST), new Word("不少于", AT_LEAST), new Word("至少", AT_LEAST),
      new Word("不超过", AT_MOST), new Word("不高于", AT_MOST), new Word("不多于", AT_MOST),
      new Word("至多", AT_MOST),
      new Word("高于", GREATER_THAN), new Word("超过", GREATER_THAN),
      new Word("多于", GREATER_THAN), new Word("大于", GREATER_THAN),
      new Word("低于", LESS_THAN), new Word("少于", LESS_THAN), new Word("小于", LESS_THAN));

  /**
   * A commitment word governs across commas up to the end of its sentence, and a semicolon ends
   * it: plans part a sentence at ; into items with their own subject, and repeat 确保 or 力争 in
   * each item they mean it for ("力争…累计7亿美元以上;力争现汇进资…"). The draft reads the same
   * scope.
   */
  private static final String SENTENCE_ENDS = "。;；!！?？\n";

  /** A figure of the text: its value in a plan unit, and where it stands. */
  record Figure(BigDecimal value, Unit unit, String written, int start, int end) {}

  /** A comparison word and the operator it means. */
  private record Word(String chinese, ComparisonOperator operator) {}

  /** A comparison word found next to a figure, and on which side: "after" or "before". */
  private record Comparison(Word word, String side) {}

  private TargetTextChecks() {}

  /** Checks {@code target} of {@code goal} in {@code plan}, at {@code path}, against its text. */
  static void check(String path, Plan plan, Goal goal, Target target, ViolationList out) {
    // Words are read in simplified script (力爭 is 力争, 億元 亿元), at the same offsets.
    String text = ChineseScript.simplified(target.text().zh());
    Quantity threshold = target.threshold();
    List<Figure> figures = figures(target.text().zh()).stream()
        .filter(f -> f.unit().isCommensurableWith(threshold.unit())).toList();
    if (figures.isEmpty()) {
      return;
    }
    Optional<Figure> own = figureOf(threshold, figures);
    if (own.isEmpty()) {
      thresholdMissing(path + "/threshold/value", "threshold", threshold, figures, out);
      return;
    }
    Figure figure = own.get();
    Optional<Comparison> comparison = comparisonNextTo(text, figure);
    comparison.ifPresent(found -> {
      ComparisonOperator said = found.word().operator();
      if (said != target.operator()) {
        out.add(path + "/operator", "operator-mismatch", "'operator' must be " + said + ", as '"
            + found.word().chinese() + "' " + found.side() + " " + figure.written()
            + " in the text says, but was " + target.operator(), "'operator'须为" + said
            + ",因文本中" + figure.written() + (found.side().equals("after") ? "之后" : "之前")
            + "是'" + found.word().chinese() + "',实为" + target.operator(),
            target.operator().name());
      }
    });
    // "在第一方阵" names a tier with no comparison word, and means within it (AT_MOST): only
    // figures of amounts, counts and rates are bare when no word stands next to them.
    if (comparison.isEmpty() && threshold.unit() != Unit.TIER) {
      checkBareFigure(path, plan, target, figure, out);
    }
    String context = ChineseScript.simplified(goal.text().zh());
    int offset = context.indexOf(text);
    if (offset < 0) {
      context = text;
      offset = 0;
    }
    checkCommitment(path + "/commitment", target.commitment(),
        commitmentBefore(context, offset + figure.start()), figure, out);
    if (target.stretch().isPresent()) {
      StretchThreshold stretch = target.stretch().get();
      Optional<Figure> stretchFigure = figureOf(stretch.threshold(), figures.stream()
          .filter(f -> f.unit().isCommensurableWith(stretch.threshold().unit())).toList());
      if (stretchFigure.isEmpty()) {
        thresholdMissing(path + "/stretch/threshold/value", "stretch", stretch.threshold(),
            figures, out);
      } else {
        checkCommitment(path + "/stretch/commitment", stretch.commitment(),
            commitmentBefore(context, offset + stretchFigure.get().start()), stretchFigure.get(),
            out);
      }
    }
  }

  /** The figure of the text equal to {@code threshold}, the first if several are. */
  private static Optional<Figure> figureOf(Quantity threshold, List<Figure> figures) {
    return figures.stream().filter(f -> threshold.unit().isCommensurableWith(f.unit())
        && Quantity.of(f.value(), f.unit()).isEqual(threshold)).findFirst();
  }

  private static void thresholdMissing(String valuePath, String field, Quantity threshold,
      List<Figure> figures, ViolationList out) {
    String plain = threshold.value().toPlainString();
    String written = String.join(", ", figures.stream().map(Figure::written).toList());
    out.add(valuePath, "threshold-mismatch", "'" + field + "' must be a figure "
        + "of the text (" + written + ") but was " + plain + written(threshold, false),
        "'" + field + "'须为文本中的数字(" + written + ")之一,实为" + plain + written(threshold, true),
        plain);
  }

  /**
   * A figure with no comparison word ("全年引进亿元以上项目30个": 以上 there belongs to the size)
   * is read as a floor, the way plans mean it; the file must say so with {@code AT_LEAST} and a
   * reading that names the target, since the text leaves the choice open.
   */
  private static void checkBareFigure(String path, Plan plan, Target target, Figure figure,
      ViolationList out) {
    if (target.operator() != AT_LEAST) {
      out.add(path + "/operator", "bare-figure-operator", "'operator' must be AT_LEAST, as no "
          + "comparison word stands next to " + figure.written() + " and a bare figure is read "
          + "as a floor, but was " + target.operator(), "'operator'须为AT_LEAST:文本中"
          + figure.written() + "前后没有比较词,原文未写比较词的数字按下限理解,实为"
          + target.operator(), target.operator().name());
      return;
    }
    boolean read = plan.readings().stream().anyMatch(r -> r.targets().contains(target.id()));
    if (!read) {
      out.add(path + "/operator", "unread-bare-figure", "a reading must name target '"
          + target.id() + "' in its 'targets': no comparison word stands next to "
          + figure.written() + ", and reading it as a floor is the file's choice",
          "须有一条解读(readings)在'targets'中列出目标'" + target.id() + "':文本中"
          + figure.written() + "前后没有比较词,原文未写比较词,按下限理解是本文件的解读", target.id());
    }
  }

  private static void checkCommitment(String commitmentPath, Commitment given, Commitment said,
      Figure figure, ViolationList out) {
    if (said == given) {
      return;
    }
    String reason = said == Commitment.PLAIN
        ? "as neither 确保 nor 力争 comes before " + figure.written() + " in its sentence"
        : "as '" + said.chineseWord() + "' before " + figure.written() + " in its sentence says";
    String reasonZh = said == Commitment.PLAIN
        ? "因所在句中" + figure.written() + "之前既无“确保”也无“力争”"
        : "因所在句中" + figure.written() + "之前是'" + said.chineseWord() + "'";
    out.add(commitmentPath, "commitment-mismatch", "'commitment' must be " + said + ", "
        + reason + ", but was " + given, "'commitment'须为" + said + "," + reasonZh + ",实为"
        + given, given.name());
  }

  /**
   * Every figure of {@code text} with a unit, in text order, read in simplified script (5億美元 is
   * 5 {@code USD_100M}) and written as the text writes it.
   */
  static List<Figure> figures(String text) {
    List<Figure> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(ChineseScript.simplified(text));
    while (m.find()) {
      if (m.group(3) != null) {
        String n = m.group(3);
        BigDecimal tier = n.matches("[0-9]+") ? new BigDecimal(n)
            : BigDecimal.valueOf("一二三四五六七八九".indexOf(n) + 1);
        figures.add(new Figure(tier, Unit.TIER, text.substring(m.start(), m.end()), m.start(),
            m.end()));
        continue;
      }
      BigDecimal number = new BigDecimal(m.group(1));
      String symbol = m.group(2);
      switch (symbol) {
        case "%", "％" -> figures.add(figure(number.movePointLeft(2), Unit.RATIO, m, text));
        // Each figure keeps the unit it is written in; it meets a threshold in another scale
        // of its currency exactly (Quantity compares across scales), never one in another currency.
        case "亿美元" -> figures.add(figure(number, Unit.USD_100M, m, text));
        case "万美元" -> figures.add(figure(number, Unit.USD_10K, m, text));
        case "万亿元" -> figures.add(figure(number, Unit.CNY_1T, m, text));
        case "亿元" -> figures.add(figure(number, Unit.CNY_100M, m, text));
        case "万元" -> figures.add(figure(number, Unit.CNY_10K, m, text));
        default -> figures.add(figure(number, Unit.COUNT, m, text));
      }
    }
    return figures;
  }

  private static Figure figure(BigDecimal value, Unit unit, Matcher m, String text) {
    return new Figure(value, unit, text.substring(m.start(), m.end()), m.start(), m.end());
  }

  /**
   * The comparison word right after or right before the figure. After wins, since 以上, 以下 and
   * 以内 bind to the figure they follow.
   */
  private static Optional<Comparison> comparisonNextTo(String text, Figure figure) {
    String after = text.substring(figure.end()).stripLeading();
    for (Word word : AFTER) {
      if (after.startsWith(word.chinese())) {
        return Optional.of(new Comparison(word, "after"));
      }
    }
    String before = text.substring(0, figure.start()).stripTrailing();
    for (Word word : BEFORE) {
      if (before.endsWith(word.chinese())) {
        return Optional.of(new Comparison(word, "before"));
      }
    }
    return Optional.empty();
  }

  /** The commitment of the nearest 确保 or 力争 before {@code position} in its sentence. */
  private static Commitment commitmentBefore(String text, int position) {
    for (int i = position - 1; i >= 0 && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0; i--) {
      for (Commitment c : List.of(Commitment.ENSURE, Commitment.STRIVE)) {
        if (text.startsWith(c.chineseWord(), i)) {
          return c;
        }
      }
    }
    return Commitment.PLAIN;
  }

  /**
   * How the text would write the threshold, for messages: " (70%)" for 0.7, or "(70%)" in a
   * Chinese message.
   */
  private static String written(Quantity threshold, boolean chinese) {
    String value = threshold.value().stripTrailingZeros().toPlainString();
    String figure = switch (threshold.unit()) {
      case RATIO -> threshold.value().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
      case USD_100M, CNY_100M, USD_10K, CNY_10K, CNY_1T ->
          value + threshold.unit().chineseSymbol();
      case TIER -> chinese ? "第" + value + "方阵" : "tier " + value;
      default -> "";
    };
    return figure.isEmpty() ? "" : (chinese ? "(" : " (") + figure + ")";
  }
}
