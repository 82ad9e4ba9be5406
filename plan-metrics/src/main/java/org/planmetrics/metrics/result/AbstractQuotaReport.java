package org.planmetrics.metrics.result;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.immutables.value.Value;

/**
 * How each unit, park or township stands against the figures the plan assigns it, for a month:
 * for example in May 2023 the parks' signed investment from 1 January through 31 May against
 * their yearly quotas, time progress 5/12, and the units of each quota in rank order.
 */
@Value.Immutable
@JsonSerialize(as = QuotaReport.class)
@JsonDeserialize(as = QuotaReport.class)
abstract class AbstractQuotaReport {

  public abstract String planId();

  public abstract YearMonth month();

  /** The last day counted: the month's end. */
  public abstract LocalDate through();

  /** Months elapsed ÷ 12, as a fraction: 5/12 for May. */
  public abstract BigDecimal timeProgress();

  /** The plan's quotas for the month's year, in plan order. */
  public abstract List<QuotaStanding> quotas();
}
