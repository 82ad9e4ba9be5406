package org.planmetrics.metrics.assessment;

import java.util.Objects;
import java.util.Optional;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.metrics.wording.Sentences;
import org.planmetrics.model.quantity.Quantity;

/**
 * What a rule found for one window year, before it is worded, for example {@code new Judged(2023,
 * ON_TRACK, 0.127 RATIO, 6, none)}: growth through June of 12.7%, on track. Each state a year
 * can be in is its own record, so that a year is never half-decided.
 */
sealed interface YearFinding {

  int year();

  /** The year as a result, with its reason worded. */
  YearAssessment toResult();

  /**
   * A year not judged yet: it has not started, or it is under way and {@code waitingFor} says
   * which first figures it waits for.
   */
  record Pending(int year, Optional<Reason> waitingFor) implements YearFinding {
    static Pending notStarted(int year) {
      return new Pending(year, Optional.empty());
    }

    @Override
    public YearAssessment toResult() {
      return YearAssessment.builder().year(year).pending(true)
          .reason(waitingFor.map(Sentences::reason)).build();
    }
  }

  /**
   * A year with a status of its own and the figure it was judged on; a cohort rate's year also
   * has its counts (the cohort's projects that reached the stage, and the cohort).
   */
  record Judged(int year, Status status, Quantity actual, int throughMonth,
      Optional<RankDetail> ranks, Optional<Long> numerator, Optional<Long> denominator)
      implements YearFinding {
    public Judged {
      Objects.requireNonNull(status, "'status' must not be null");
      if (status == Status.NOT_ASSESSABLE) {
        throw new IllegalArgumentException("a judged year must not be NOT_ASSESSABLE");
      }
    }

    Judged(int year, Status status, Quantity actual, int throughMonth) {
      this(year, status, actual, throughMonth, Optional.empty());
    }

    Judged(int year, Status status, Quantity actual, int throughMonth,
        Optional<RankDetail> ranks) {
      this(year, status, actual, throughMonth, ranks, Optional.empty(), Optional.empty());
    }

    @Override
    public YearAssessment toResult() {
      return YearAssessment.builder().year(year).status(status).actual(actual)
          .throughMonth(throughMonth).ranks(ranks).numerator(numerator).denominator(denominator)
          .build();
    }
  }

  /**
   * A year the data cannot judge, for {@code reason}; {@code throughMonth} is the period it
   * tried, where it found one.
   */
  record NotAssessable(int year, Reason reason, Optional<Integer> throughMonth)
      implements YearFinding {
    @Override
    public YearAssessment toResult() {
      return YearAssessment.builder().year(year).status(Status.NOT_ASSESSABLE)
          .reason(Sentences.reason(reason)).throughMonth(throughMonth).build();
    }
  }

  /**
   * A started year of a target judged over the whole window: its figures, and no status of its
   * own. A share's year has its counts, and its share where the denominator is not empty; a
   * share of investment and a funding rate also have the amounts each side adds up.
   */
  record Figures(int year, Optional<Quantity> actual, Optional<Integer> throughMonth,
      Optional<Long> numerator, Optional<Long> denominator, Optional<Quantity> numeratorAmount,
      Optional<Quantity> denominatorAmount) implements YearFinding {
    static Figures of(int year, Quantity actual, int throughMonth) {
      return new Figures(year, Optional.of(actual), Optional.of(throughMonth), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A started year whose figure through {@code throughMonth} cannot be computed with. */
    static Figures unusable(int year, int throughMonth) {
      return new Figures(year, Optional.empty(), Optional.of(throughMonth), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A started year without figures. */
    static Figures none(int year) {
      return new Figures(year, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Override
    public YearAssessment toResult() {
      return YearAssessment.builder().year(year).actual(actual).throughMonth(throughMonth)
          .numerator(numerator).denominator(denominator).numeratorAmount(numeratorAmount)
          .denominatorAmount(denominatorAmount).build();
    }
  }
}
