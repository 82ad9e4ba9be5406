package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;

/**
 * How one target stands on a date, with the numbers behind the status and a sentence for a
 * bulletin, for example {@code fdi-cumulative}: ON_TRACK, 5.10 亿美元 of 7, completion 72.9%
 * against time progress 66.7%.
 */
@Value.Immutable
@JsonSerialize(as = Assessment.class)
@JsonDeserialize(as = Assessment.class)
abstract class AbstractAssessment {

  public abstract String targetId();

  public abstract String goalId();

  public abstract TargetKind kind();

  public abstract LocalDate asOf();

  public abstract Status status();

  public abstract Commitment commitment();

  public abstract ComparisonOperator operator();

  public abstract Quantity threshold();

  /** The headline figure: the latest growth, the cumulative total, the count, the share. */
  public abstract Optional<Quantity> actual();

  /**
   * Each window year, in order; future years are pending. A target judged once on one figure
   * (a level, an average growth) lists the one year of that figure; a period amount judged once
   * lists none.
   */
  public abstract List<YearAssessment> years();

  /** Completion against time progress, for cumulative targets and amounts in a period. */
  public abstract Optional<Pace> pace();

  /**
   * The growth needed from the base year and the projection, where the base year is given; for
   * an average growth, the growth each remaining year needs from the latest full year.
   */
  public abstract Optional<RequiredFigures> required();

  /**
   * For growth targets: the compound annual growth from the base year over the full years
   * covered; for an average growth, the rate judged.
   */
  public abstract Optional<BigDecimal> compoundGrowthRate();

  /**
   * JSON Pointers into the observations of every figure the assessment used: series, peer and
   * rank figures in pointer order (which is period order), ledger projects in ledger order
   * ({@code /projects/2} before {@code /projects/10}).
   */
  public abstract List<String> inputs();

  /**
   * The ids of the readings the assessment relies on, choices the plan file makes that the text
   * does not state (the window, {@code tier-bands}, …); the explanation names them too.
   */
  public abstract List<String> readings();

  /** For NOT_ASSESSABLE: why, naming the missing input. */
  public abstract Optional<LocalizedText> reason();

  /** The result as a bulletin would put it, in Chinese and English. */
  public abstract LocalizedText explanation();

  /**
   * For a 左右 target: the figure and the tolerance of the plan. The assessment's {@link
   * #operator()} is then {@code AT_LEAST} and its {@link #threshold()} the floor judged.
   */
  public abstract Optional<ApproximateThreshold> approximately();

  /** For a target with a stretch figure (力争): how it stands against that figure too. */
  public abstract Optional<StretchAssessment> stretch();

  /**
   * Refuses an assessment, for example one read from JSON, that says what no rule says: a reason
   * without NOT_ASSESSABLE or NOT_ASSESSABLE without one, a status decided without a figure, a
   * figure in another unit than the threshold's, figures of another kind of target, or years out
   * of order.
   */
  @Value.Check
  protected void check() {
    boolean notAssessable = status() == Status.NOT_ASSESSABLE;
    if (reason().isPresent() != notAssessable) {
      throw new IllegalStateException("'reason' must be given exactly when 'status' is "
          + "NOT_ASSESSABLE but status was " + status() + " and reason was " + reason());
    }
    if (!notAssessable && actual().isEmpty()) {
      throw new IllegalStateException("'actual' must be given for a status of " + status());
    }
    actual().filter(a -> a.unit() != threshold().unit()).ifPresent(a -> {
      throw new IllegalStateException("'actual' must be in the unit of 'threshold' ("
          + threshold().unit() + ") but was in " + a.unit());
    });
    onlyFor("pace", pace().isPresent(), TargetKind.CUMULATIVE_AMOUNT, TargetKind.CUMULATIVE_COUNT,
        TargetKind.PERIOD_AMOUNT);
    onlyFor("required", required().isPresent(), TargetKind.CUMULATIVE_AMOUNT,
        TargetKind.AVERAGE_GROWTH);
    onlyFor("compoundGrowthRate", compoundGrowthRate().isPresent(), TargetKind.ANNUAL_GROWTH,
        TargetKind.AVERAGE_GROWTH);
    for (int i = 1; i < years().size(); i++) {
      if (years().get(i).year() != years().get(i - 1).year() + 1) {
        throw new IllegalStateException("'years' must be consecutive years in order but "
            + years().get(i).year() + " follows " + years().get(i - 1).year());
      }
    }
  }

  private void onlyFor(String field, boolean present, TargetKind... kinds) {
    if (present && !Arrays.asList(kinds).contains(kind())) {
      throw new IllegalStateException("'" + field + "' must be given only for "
          + Arrays.toString(kinds) + " but the kind was " + kind());
    }
  }
}
