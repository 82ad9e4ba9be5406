package org.planmetrics.model;

/** A kind of investor the plan prizes, for example {@code FORTUNE_GLOBAL_500} (世界500强). */
public enum InvestorType {
  /** 世界500强 (国外500强). */
  FORTUNE_GLOBAL_500,
  /** 中国企业500强 (国内500强). */
  CHINA_TOP_500,
  /** 民营企业500强. */
  PRIVATE_TOP_500,
  /** 跨国公司. */
  MULTINATIONAL,
  /** 上市公司. */
  LISTED,
  /** 行业龙头企业. */
  INDUSTRY_LEADER
}
