package org.planmetrics.model;

/**
 * The span a {@link TargetPeriod} names, for example {@code QUARTER} for a first-quarter 开门红
 * figure ("一季度实现开门红,完成进资30亿元").
 */
public enum PeriodKind {
  /** A calendar year: January to December. */
  YEAR,
  /** A calendar quarter of a year: months 3q − 2 to 3q. */
  QUARTER,
  /** A campaign with its own first and last days, such as a 百日攻坚 window. */
  DATES
}
