package org.planmetrics.metrics.teams;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.InvalidArgumentException;

/**
 * The month a monthly report covers (the team ranking, the unit quotas): its last day, once the
 * month is over by the observations' date, and the time progress (序时进度) at its end, for
 * example 5/12 for May.
 */
record ReportMonth(LocalDate through, BigDecimal progress) {

  private static final int MONTHS_IN_YEAR = 12;

  /**
   * {@code month}, which must be over by the observations' {@code asOf}; {@code doneEn} and
   * {@code doneZh} say what the report does with it ("ranked", "排位"), for the refusal.
   *
   * @throws InvalidArgumentException if {@code month} ends after the observations' {@code asOf}
   */
  static ReportMonth over(Observations observations, YearMonth month, String doneEn,
      String doneZh) {
    LocalDate through = month.atEndOfMonth();
    if (through.isAfter(observations.asOf())) {
      throw new InvalidArgumentException("month", "must end on or before the observations' "
          + "'asOf' (" + observations.asOf() + "): a month is " + doneEn + " once it is over",
          "须在观测数据的'asOf'(" + observations.asOf() + ")当日或之前结束:月份结束后才" + doneZh, month);
    }
    return new ReportMonth(through,
        Pacing.timeProgress(month.getMonthValue(), MONTHS_IN_YEAR));
  }
}
