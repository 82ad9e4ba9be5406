package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.planmetrics.model.quantity.Quantity;

/**
 * What a cumulative target asks of the years, given the base year: for example from 83.55 亿元 in
 * 2021, a constant growth of 0.10 a year reaches 304.2 亿元 over 2022–2024; at the growth
 * observed so far the window would total 312.4 亿元.
 */
@Value.Immutable
@JsonSerialize(as = RequiredFigures.class)
@JsonDeserialize(as = RequiredFigures.class)
abstract class AbstractRequiredFigures {

  /** The base year's value the figures build on. */
  public abstract Quantity baseValue();

  /**
   * The constant annual growth from the base that reaches the target over the window; for an
   * average growth (年均增长), the growth each remaining year needs from the latest full year's
   * figure to end where the average rate would: from 121 after a base of 100, 10% a year over
   * 2022–2024 needs √(133.1 ÷ 121) − 1 ≈ 4.88% in each of 2023 and 2024.
   */
  public abstract BigDecimal requiredGrowthRate();

  /** The growth observed so far, compounded per year, where the data allow. */
  public abstract Optional<BigDecimal> observedGrowthRate();

  /** The window total if the observed growth continued; none for an average growth. */
  public abstract Optional<Quantity> projectedTotal();
}
