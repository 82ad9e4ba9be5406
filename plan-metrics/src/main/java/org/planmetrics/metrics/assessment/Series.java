package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.planmetrics.metrics.observation.PeriodKey;
import org.planmetrics.model.json.PlanJson;

/**
 * One map of the observations keyed by period, with its keys parsed once: the figures that are
 * usable on the assessment date, in period order, for example {@code foreign-capital-utilized}
 * as of 2023-06-30: 2021 → 2.035, 2022-06 → 1.02, 2022 → 2.21, 2023-06 → 1.15. It serves an
 * indicator's figures ({@code V} = BigDecimal), the peer figures and the published ranks alike.
 *
 * <p>A period that ends after the assessment date is left out. Each figure keeps the key it was
 * given under, for its JSON Pointer: {@code "2023-12"} is the full year 2023 too.
 */
final class Series<V> {
  private final String pointerPrefix;
  private final NavigableMap<PeriodKey, V> values = new TreeMap<>();
  private final Map<PeriodKey, String> keys = new HashMap<>();

  private Series(String pointerPrefix) {
    this.pointerPrefix = pointerPrefix;
  }

  /**
   * The usable entries of {@code raw} on {@code asOf}; {@code pointerPrefix} is the pointer of
   * the map itself, such as {@code /series/foreign-capital-utilized} or {@code /peers}.
   */
  static <V> Series<V> of(String pointerPrefix, Map<String, V> raw, LocalDate asOf) {
    Series<V> series = new Series<>(pointerPrefix);
    raw.forEach((key, value) -> {
      // Every key is a period, none given twice ("2023" and "2023-12"), and no value is null:
      // observations that break those rules cannot be built (ObservationRules).
      PeriodKey period = PeriodKey.parse(key).orElseThrow();
      if (period.hasEndedBy(asOf)) {
        series.values.put(period, value);
        series.keys.put(period, key);
      }
    });
    return series;
  }

  /**
   * The same periods, keys and pointers with each figure mapped, for example an indicator's 亿元
   * figures written in 万元 for a threshold in 万元.
   */
  <W> Series<W> map(Function<? super V, ? extends W> mapping) {
    Series<W> mapped = new Series<>(pointerPrefix);
    values.forEach((period, value) -> mapped.values.put(period, mapping.apply(value)));
    mapped.keys.putAll(keys);
    return mapped;
  }

  Optional<V> get(PeriodKey period) {
    return Optional.ofNullable(values.get(period));
  }

  Optional<V> fullYear(int year) {
    return get(PeriodKey.fullYear(year));
  }

  Optional<V> yearToDate(int year, int month) {
    return get(PeriodKey.yearToDate(year, month));
  }

  /** The latest period of {@code year} with a figure, the full year included. */
  Optional<PeriodKey> latestPeriod(int year) {
    return inYear(values.floorKey(PeriodKey.fullYear(year)), year);
  }

  /** The latest month before December of {@code year} with a year-to-date figure. */
  Optional<Integer> latestMonth(int year) {
    return inYear(values.lowerKey(PeriodKey.fullYear(year)), year).map(PeriodKey::throughMonth);
  }

  /**
   * The latest month of {@code year} up to {@code month}, the full year included when {@code
   * month} is 12, with a figure.
   */
  Optional<Integer> latestMonthUpTo(int year, int month) {
    return inYear(values.floorKey(PeriodKey.yearToDate(year, month)), year)
        .map(PeriodKey::throughMonth);
  }

  /** The latest month of {@code year} before {@code month} with a year-to-date figure. */
  Optional<Integer> monthBefore(int year, int month) {
    return inYear(values.lowerKey(PeriodKey.yearToDate(year, month)), year)
        .map(PeriodKey::throughMonth);
  }

  /** The latest full year up to {@code year} with a figure. */
  Optional<Integer> latestFullYearUpTo(int year) {
    for (PeriodKey period = values.floorKey(PeriodKey.fullYear(year)); period != null;
        period = values.lowerKey(period)) {
      if (period.isFullYear()) {
        return Optional.of(period.year());
      }
    }
    return Optional.empty();
  }

  /** Whether any usable figure exists for {@code year}. */
  boolean hasAny(int year) {
    return inYear(values.ceilingKey(PeriodKey.yearToDate(year, 1)), year).isPresent();
  }

  private static Optional<PeriodKey> inYear(PeriodKey period, int year) {
    return period != null && period.year() == year ? Optional.of(period) : Optional.empty();
  }

  /** The pointer of the map itself, such as {@code /series/foreign-capital-utilized}. */
  String pointerPrefix() {
    return pointerPrefix;
  }

  /** The key a period was given under, or the period written plainly if it has no figure. */
  String key(PeriodKey period) {
    String given = keys.get(period);
    return given != null ? given : period.toString();
  }

  /** The JSON Pointer of a period's figure, under the key the caller used. */
  String pointer(PeriodKey period) {
    return pointerPrefix + "/" + PlanJson.pointerSegment(key(period));
  }

  String fullYearPointer(int year) {
    return pointer(PeriodKey.fullYear(year));
  }

  String yearToDatePointer(int year, int month) {
    return pointer(PeriodKey.yearToDate(year, month));
  }
}
