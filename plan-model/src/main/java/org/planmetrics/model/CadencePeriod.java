package org.planmetrics.model;

/** The period a reporting cadence counts in. Weeks are ISO weeks, Monday to Sunday. */
public enum CadencePeriod {
  WEEK("周", "week"),
  MONTH("月", "month"),
  QUARTER("季度", "quarter"),
  YEAR("年", "year");

  private final String chineseName;
  private final String englishName;

  CadencePeriod(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  public String chineseName() {
    return chineseName;
  }

  public String englishName() {
    return englishName;
  }
}
