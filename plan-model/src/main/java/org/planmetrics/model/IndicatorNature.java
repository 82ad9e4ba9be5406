package org.planmetrics.model;

/**
 * How an indicator's figures relate over time, said explicitly because it decides which targets
 * may add them up, for example {@code FLOW} for 实际利用外资 (each month's inflow adds to the year's).
 */
public enum IndicatorNature {
  /**
   * Figures of periods add up: a year is the sum of its months, a window the sum of its years
   * (实际利用外资, 省外项目实际进资). The default.
   */
  FLOW,
  /**
   * A running total at a date ("累计签约项目…到2025年"): never summed, its latest figure is the
   * total.
   */
  STOCK,
  /** A level or rate in a period (规上工业增加值占比, 利用率): never summed. */
  LEVEL
}
