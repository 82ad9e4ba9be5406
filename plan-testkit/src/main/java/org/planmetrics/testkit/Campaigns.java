package org.planmetrics.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.time.PlanWindow;

/**
 * Random campaign periods ({@code DATES}) inside a plan window, for example 百日攻坚 from
 * 2023-04-01 to 2023-07-09: a period the validator accepts for a {@code PERIOD_AMOUNT} or a
 * {@code CUMULATIVE_COUNT} target of a plan with that window. Its first day is on or before its
 * last, both lie in the window, and it has a name half the time (百日攻坚, 春季攻势 or 项目建设月).
 *
 * <p>{@link #wholeMonths} start on the first of a month and end on the last of one, as month-end
 * year-to-date figures can answer; {@link #notWholeMonths} never do, and draw their days with
 * {@link Dates#between}, so that the window's edges, quarter ends and 29 February come often;
 * {@link #within} mixes the two, half and half.
 */
public final class Campaigns {

  private static final List<LocalizedText> NAMES = List.of(
      LocalizedText.of("百日攻坚", "Hundred-day drive"),
      LocalizedText.of("春季攻势", "Spring offensive"),
      LocalizedText.of("项目建设月", "Project month"));

  private Campaigns() {}

  /** Campaigns in {@code window}, whole months or not, each as likely. */
  public static Generator<TargetPeriod> within(PlanWindow window) {
    Generator<TargetPeriod> whole = wholeMonths(window);
    Generator<TargetPeriod> partial = notWholeMonths(window);
    return random -> random.nextBoolean() ? whole.next(random) : partial.next(random);
  }

  /** Campaigns in {@code window} from the first day of a month to the last day of one. */
  public static Generator<TargetPeriod> wholeMonths(PlanWindow window) {
    Objects.requireNonNull(window, "'window' must not be null");
    YearMonth first = YearMonth.from(window.firstDay());
    int months = (int) first.until(YearMonth.from(window.lastDay()), ChronoUnit.MONTHS) + 1;
    return random -> {
      int start = random.nextInt(months);
      YearMonth from = first.plusMonths(start);
      YearMonth to = from.plusMonths(random.nextInt(months - start));
      return campaign(from.atDay(1), to.atEndOfMonth(), random);
    };
  }

  /**
   * Campaigns in {@code window} that are not whole months: they start after the first day of a
   * month, or end before the last day of one, or both; one day long at the shortest.
   */
  public static Generator<TargetPeriod> notWholeMonths(PlanWindow window) {
    Objects.requireNonNull(window, "'window' must not be null");
    Generator<LocalDate> days = Dates.between(window.firstDay(), window.lastDay());
    return random -> {
      LocalDate from = days.next(random);
      LocalDate to = Dates.between(from, window.lastDay()).next(random);
      if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth())) {
        // Whole months by chance: start a day later, which a month of 28 days or more allows.
        from = from.plusDays(1);
      }
      return campaign(from, to, random);
    };
  }

  private static TargetPeriod campaign(LocalDate from, LocalDate to, RandomGenerator random) {
    Optional<LocalizedText> name = random.nextBoolean() ? Optional.empty()
        : Optional.of(NAMES.get(random.nextInt(NAMES.size())));
    return TargetPeriod.builder().kind(PeriodKind.DATES).firstDay(from).lastDay(to).name(name)
        .build();
  }
}
