package org.planmetrics.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * One checkable promise of the plan, for example {@code fdi-growth}: "力争全市实际利用外资年增长7%以上",
 * growth of {@code foreign-capital-utilized} {@code AT_LEAST} 0.07 each year, {@code STRIVE}.
 *
 * <p>The subject depends on the {@link #kind()}: an indicator for growth, cumulative amounts and
 * ranks; a project selection for counts; a numerator and denominator for shares; a cohort and
 * the stage it must reach for cohort rates.
 */
@Value.Immutable
@JsonSerialize(as = Target.class)
@JsonDeserialize(as = Target.class)
public abstract class AbstractTarget {

  /** A stable kebab-case id, for example {@code leading-industry-share}. */
  public abstract String id();

  /** The clause of the document, for example {@code 二.3}. */
  public abstract String clause();

  /** The words of the document that set the target, and their English rendering. */
  public abstract LocalizedText text();

  /**
   * A short name that heads the target's line in a table or a bulletin, for example
   * 实际利用外资年增长 / "Growth of foreign capital utilised". Optional: several targets often
   * share one sentence of the text, and the line then needs a name to tell them apart.
   */
  public abstract Optional<LocalizedText> name();

  public abstract TargetKind kind();

  /** The indicator, for kinds whose subject is an indicator. */
  public abstract Optional<String> indicator();

  /** The projects counted, for count kinds. */
  public abstract Optional<ProjectCriteria> projects();

  /** The numerator and denominator, for share targets. */
  public abstract Optional<ShareDefinition> share();

  /**
   * The period the target's figure belongs to: for {@code PERIOD_AMOUNT} targets (required)
   * each year, one year, one quarter or a dated campaign; for {@code LEVEL} targets (optional)
   * the year of the figure, by default the window's end year; for {@code CUMULATIVE_COUNT}
   * targets (optional) a campaign's dates, within which projects count.
   */
  public abstract Optional<TargetPeriod> period();

  /**
   * The cohort of a {@code COHORT_RATE} target: the projects that reached the selection's stage
   * in a year, for example {@code {"stage": "SIGNED"}} for "2022年签约项目".
   */
  public abstract Optional<ProjectCriteria> cohort();

  /** What a cohort's project must reach, and by when, for {@code COHORT_RATE} targets. */
  public abstract Optional<CohortReach> reached();

  public abstract ComparisonOperator operator();

  public abstract Quantity threshold();

  public abstract Commitment commitment();

  /**
   * For {@code APPROXIMATELY} (左右) only: how far below the threshold still counts as met, in a
   * unit of the threshold's kind. No text states it, so a reading of the plan file must name the
   * target. "占比20%左右" with a tolerance of 0.01 is judged as {@code AT_LEAST} 0.19: a higher
   * figure is never worse, as for every target the plan sets.
   */
  public abstract Optional<Quantity> tolerance();

  /** A stricter figure the plan strives for beside the binding one ("确保30…,力争32…"). */
  public abstract Optional<StretchThreshold> stretch();

  /** A count figure of a text and its measure word: "10家", "3 户", "12个". */
  private static final Pattern COUNT_FIGURE =
      Pattern.compile("(?<![0-9.])([0-9]+)\\s*(个|家|户|项)");

  /**
   * The measure word a count target's text writes after its figure, for sentences that quote
   * the count as the plan does: 家 for "引进规上企业10家以上", 户 for "新增市场主体500户"; 个 when the
   * text writes none, and for targets that are not counts. A count of 家 is still a {@code
   * COUNT}: the word names what is counted, not another unit.
   */
  public String countWord() {
    if (threshold().unit() != Unit.COUNT) {
      return "个";
    }
    Matcher figure = COUNT_FIGURE.matcher(text().zh());
    while (figure.find()) {
      if (new BigDecimal(figure.group(1)).compareTo(threshold().value()) == 0) {
        return figure.group(2);
      }
    }
    return "个";
  }

  /**
   * The floor a 左右 target is judged by, threshold − tolerance: 0.19 for "20%左右" with 0.01;
   * empty for every other operator. The floor is in the threshold's unit; a tolerance in another
   * scale of its currency converts exactly (5000万元左右, tolerance 0.05亿元: 4500万元).
   */
  public Optional<Quantity> approximateFloor() {
    if (operator() != ComparisonOperator.APPROXIMATELY || tolerance().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(threshold().minus(tolerance().get()).to(threshold().unit()));
  }
}
