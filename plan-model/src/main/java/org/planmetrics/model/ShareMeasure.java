package org.planmetrics.model;

/**
 * What a share adds up on each side, for example {@code INVESTMENT} for "主导产业项目投资额占比70%以上":
 * Σ investment of the numerator's projects ÷ Σ investment of the denominator's, or {@code PAID_IN}
 * for 资金到位率.
 */
public enum ShareMeasure {
  /** Projects, one each: "占工业项目数的比重". The default. */
  COUNT,
  /** Total investment (亿元) of the projects: "投资额占比". */
  INVESTMENT,
  /**
   * 资金到位率: Σ capital paid in (the ledger's {@code paidIn}) of the numerator's projects ÷ Σ
   * investment of the denominator's, for example 45 亿元 paid in of 60 亿元 contracted is 0.75.
   * With a numerator of {@code {}} it is the funding rate of the denominator's projects. A
   * numerator project without {@code paidIn} makes the target NOT_ASSESSABLE, naming the
   * project: counting it as 0 would report a shortfall nobody measured.
   */
  PAID_IN
}
