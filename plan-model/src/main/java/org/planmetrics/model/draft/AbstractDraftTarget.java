package org.planmetrics.model.draft;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Unit;

/**
 * A quantitative target read from the text: what a plan file's target needs that words can give,
 * each field with the words it came from ({@link #fields()}). Ids, English texts and the plan's
 * own readings cannot come from the text and are left to a person.
 */
@Value.Immutable
@JsonSerialize(as = DraftTarget.class)
@JsonDeserialize(as = DraftTarget.class)
public abstract class AbstractDraftTarget {

  /** The clause, for example {@code 二.1}. */
  public abstract String clause();

  /** The target's words as a plan file's {@code text.zh} holds them: line breaks removed. */
  public abstract String text();

  public abstract Span textSpan();

  /** The indicator or the projects counted, as written: 全市实际利用外资, “100”项目. */
  public abstract String indicatorAsWritten();

  public abstract TargetKind kind();

  public abstract ComparisonOperator operator();

  public abstract BigDecimal thresholdValue();

  public abstract Unit unit();

  public abstract Commitment commitment();

  /** The period or window words in force (未来三年, 2023—2025年), where the text gives any. */
  public abstract Optional<String> period();

  /**
   * The projects counted, for count kinds, or the numerator and denominator of a share, as far as
   * the text names them: {@code {"tiers": ["100"]}}, {@code {"numerator": {...}, "denominator":
   * {...}}}. Keys the text does not give are absent.
   */
  public abstract Optional<com.fasterxml.jackson.databind.node.ObjectNode> selection();

  /**
   * The period a {@code PERIOD_AMOUNT} sums, or the year of a {@code LEVEL}, as the plan file
   * writes it: {@code {"kind": "YEAR"}} for 全年 or 每年, {@code {"kind": "QUARTER", "quarter": 1}}
   * for 一季度, {@code {"kind": "YEAR", "year": 2025}} for "到2025年…达到".
   */
  public abstract Optional<com.fasterxml.jackson.databind.node.ObjectNode> periodOfAmount();

  /** For a {@code COHORT_RATE}: the cohort's stage, {@code {"stage": "SIGNED"}} for 签约项目. */
  public abstract Optional<com.fasterxml.jackson.databind.node.ObjectNode> cohort();

  /**
   * For a {@code COHORT_RATE}: the stage the cohort must reach and by when, {@code {"stage":
   * "STARTED", "within": "SAME_YEAR"}} for 当年开工率.
   */
  public abstract Optional<com.fasterxml.jackson.databind.node.ObjectNode> reached();

  /**
   * The second, stricter figure of "确保30亿元,力争32亿元": {@code {"threshold": {"value": 32,
   * "unit": "CNY_100M"}, "commitment": "STRIVE"}}.
   */
  public abstract Optional<com.fasterxml.jackson.databind.node.ObjectNode> stretch();

  /** Every field with its source span and, where a choice was made, the reading. */
  public abstract List<DraftField> fields();

  /** The field named {@code name}. */
  @JsonIgnore
  public Optional<DraftField> field(String name) {
    return fields().stream().filter(f -> f.field().equals(name)).findFirst();
  }
}
