package org.planmetrics.model;

/** The period a reporting cadence counts in. Weeks are ISO weeks, Monday to Sunday. */
public enum CadencePeriod {
  WEEK("周", "周", "week"),
  MONTH("月", "个月", "month"),
  QUARTER("季度", "个季度", "quarter"),
  YEAR("年", "年", "year");

  private final String chineseName;
  private final String chineseCounted;
  private final String englishName;

  CadencePeriod(String chineseName, String chineseCounted, String englishName) {
    this.chineseName = chineseName;
    this.chineseCounted = chineseCounted;
    this.englishName = englishName;
  }

  /** The name after 每 ("each"): 每周, 每月, 每季度, 每年. */
  public String chineseName() {
    return chineseName;
  }

  /**
   * The name after a number, with the measure word 个 where Chinese needs it: 77周, 18个月,
   * 6个季度, 2年.
   */
  public String chineseCounted() {
    return chineseCounted;
  }

  public String englishName() {
    return englishName;
  }
}
