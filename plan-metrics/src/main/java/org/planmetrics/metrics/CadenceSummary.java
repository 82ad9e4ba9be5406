package org.planmetrics.metrics;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.planmetrics.model.InvalidArgumentException;

/**
 * A cadence checked without a result per period ({@link Cadences#summary}): how many whole periods
 * were checked and the runs of those that fell short, for example 77 weeks checked and one run
 * {@code 2022-W01} to {@code 2023-W25} with 0 bulletins in each.
 *
 * @param periodsChecked the whole periods checked, at least 0
 * @param shortfalls the runs of short periods, in period order; together they hold at most
 *     {@code periodsChecked} periods
 */
public record CadenceSummary(int periodsChecked, List<CadenceShortfall> shortfalls) {

  /** Checks the count and that the runs hold no more periods than were checked. */
  public CadenceSummary {
    requireNonNull(shortfalls, "'shortfalls' must not be null");
    shortfalls = List.copyOf(shortfalls);
    if (periodsChecked < 0) {
      throw new InvalidArgumentException("periodsChecked", "must be at least 0", "须至少为0",
          periodsChecked);
    }
    if (CadenceShortfall.periodsIn(shortfalls) > periodsChecked) {
      throw new InvalidArgumentException("shortfalls", "must hold at most 'periodsChecked' ("
          + periodsChecked + ") periods", "所含期数不得超过'periodsChecked'(" + periodsChecked + ")",
          CadenceShortfall.periodsIn(shortfalls));
    }
  }
}
