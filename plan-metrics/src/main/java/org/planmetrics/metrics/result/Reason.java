package org.planmetrics.metrics.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Why the data given cannot decide a target, or one of its years, for example {@code new
 * BaseNotPositive(BigDecimal.ZERO, "/series/cash-fdi/2021")}: growth from a base of 0 is
 * undefined. These are the documented reasons for {@link Status#NOT_ASSESSABLE}, and for a year
 * under way that still waits for its first figures; each names the input it lacks or cannot
 * use, by its JSON Pointer into the observations where it has one.
 *
 * <p>Like OpenGamma Strata's {@code Result}, a rule that cannot decide returns one of these
 * instead of throwing: an exception from the assessment is a bug, never missing data. The
 * sentence for each, in Chinese and English, is written in one place, {@code
 * org.planmetrics.metrics.wording.Sentences#reason}.
 */
public sealed interface Reason {

  /** The plan window has not started on the assessment date: nothing can be judged yet. */
  record WindowNotStarted(int startYear, int endYear, LocalDate asOf) implements Reason {
    public WindowNotStarted {
      requireNonNull(asOf, "'asOf' must not be null");
    }
  }

  /**
   * A year under way has no year-to-date figure yet, so its growth is not judged; {@code
   * fullYearPointer} is where its figures would go, such as {@code /series/cash-fdi/2023}.
   */
  record NoYearToDateFigureYet(int year, String fullYearPointer) implements Reason {
    public NoYearToDateFigureYet {
      requireNonNull(fullYearPointer, "'fullYearPointer' must not be null");
    }
  }

  /**
   * A year has ended without the full-year figure its growth needs (its own or the year
   * before's, {@code missingYear}), and without year-to-date figures for the same month of both
   * years to fall back on.
   */
  record MissingFullYearFigure(int year, int missingYear, String missingPointer)
      implements Reason {
    public MissingFullYearFigure {
      requireNonNull(missingPointer, "'missingPointer' must not be null");
    }
  }

  /** The base of a growth rate is zero or negative, so the growth is undefined. */
  record BaseNotPositive(BigDecimal base, String pointer) implements Reason {
    public BaseNotPositive {
      requireNonNull(base, "'base' must not be null");
      requireNonNull(pointer, "'pointer' must not be null");
    }
  }

  /**
   * A cumulative total has a gap: a figure is given for {@code givenYear}, but not for the
   * earlier window year {@code missingYear}.
   */
  record GapInFigures(int givenYear, int missingYear, String missingPointer) implements Reason {
    public GapInFigures {
      requireNonNull(missingPointer, "'missingPointer' must not be null");
    }
  }

  /**
   * The window has started, but no figure of it has arrived: neither the first year's ({@code
   * firstYearPointer}) nor a year to date of it.
   */
  record NoFiguresYet(int startYear, String firstYearPointer) implements Reason {
    public NoFiguresYet {
      requireNonNull(firstYearPointer, "'firstYearPointer' must not be null");
    }
  }

  /** A year under way has neither peer figures nor published ranks yet. */
  record NoRanksYet(int year) implements Reason {}

  /** A year has ended without peer figures or published ranks. */
  record NoRanks(int year) implements Reason {}

  /**
   * The peer figures for {@code period} (a period key such as {@code 2022}) do not include the
   * plan's own unit, at {@code missingPointer}, so it has no rank among them.
   */
  record OwnUnitMissingFromPeers(String period, String missingPointer) implements Reason {
    public OwnUnitMissingFromPeers {
      requireNonNull(period, "'period' must not be null");
      requireNonNull(missingPointer, "'missingPointer' must not be null");
    }
  }

  /**
   * A figure the assessment would compute with is too large or too precise for it: more than
   * {@code maxDigits} digits, or a scale beyond ±{@code maxDigits} (1E+999999999 has a scale of
   * −999999999). Only a Java caller can hand such a figure over; the REST facade refuses far
   * smaller ones.
   */
  record FigureOutOfRange(String pointer, int maxDigits) implements Reason {
    public FigureOutOfRange {
      requireNonNull(pointer, "'pointer' must not be null");
    }
  }

  /** No ledger project counted so far falls in a share's denominator: the share is 0 ÷ 0. */
  record NoProjectsInDenominator(LocalDate asOf) implements Reason {
    public NoProjectsInDenominator {
      requireNonNull(asOf, "'asOf' must not be null");
    }
  }

  /**
   * A figure a period's sum needs is not given: the year-to-date figure at the month before a
   * period that starts after January (the second quarter needs {@code 2023-03}), or any figure of
   * a period that has ended.
   */
  record MissingFigure(String pointer) implements Reason {
    public MissingFigure {
      requireNonNull(pointer, "'pointer' must not be null");
    }
  }

  /** A target's period has not started on the assessment date. */
  record PeriodNotStarted(LocalDate firstDay, LocalDate asOf) implements Reason {
    public PeriodNotStarted {
      requireNonNull(firstDay, "'firstDay' must not be null");
      requireNonNull(asOf, "'asOf' must not be null");
    }
  }

  /**
   * The projects of a share of investment or a funding rate's denominator invest 0 in all, so
   * there is no share to take: 0 ÷ 0.
   */
  record NoInvestmentInDenominator(LocalDate asOf) implements Reason {
    public NoInvestmentInDenominator {
      requireNonNull(asOf, "'asOf' must not be null");
    }
  }

  /**
   * A campaign period from {@code from} to {@code to} does not run over whole months, and the
   * figures are month-end year-to-date sums ({@code seriesPointer}/YYYY-MM): its sum would need
   * the figures at the day before {@code from} and at {@code to}, which no figure holds. Nothing
   * is pro-rated.
   */
  record PeriodNotWholeMonths(LocalDate from, LocalDate to, String seriesPointer)
      implements Reason {
    public PeriodNotWholeMonths {
      requireNonNull(from, "'from' must not be null");
      requireNonNull(to, "'to' must not be null");
      requireNonNull(seriesPointer, "'seriesPointer' must not be null");
    }
  }

  /**
   * Projects a funding rate (资金到位率) counts have no {@code paidIn}, at {@code pointers} (for
   * example {@code /projects/3/paidIn}): a rate that read them as 0 would report a shortfall
   * nobody measured.
   */
  record MissingPaidIn(List<String> pointers) implements Reason {
    public MissingPaidIn {
      pointers = List.copyOf(pointers);
      if (pointers.isEmpty()) {
        throw new IllegalArgumentException("'pointers' must not be empty");
      }
    }
  }

  /**
   * The figure at the end of a compound growth is negative, so no average rate reaches it from a
   * positive base.
   */
  record NegativeFigure(BigDecimal value, String pointer) implements Reason {
    public NegativeFigure {
      requireNonNull(value, "'value' must not be null");
      requireNonNull(pointer, "'pointer' must not be null");
    }
  }

  /**
   * No project reached a cohort rate's cohort stage in {@code year} (up to {@code asOf}), so
   * that year has no rate: 0 ÷ 0.
   */
  record EmptyCohort(int year, LocalDate asOf) implements Reason {
    public EmptyCohort {
      requireNonNull(asOf, "'asOf' must not be null");
    }
  }
}
