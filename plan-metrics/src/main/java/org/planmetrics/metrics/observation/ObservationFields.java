package org.planmetrics.metrics.observation;

import java.util.Map;

/**
 * The fields of observations as messages name them: in English by their JSON name, {@code
 * 'investment'}; in Chinese by their JSON name and what a county statistician calls them, {@code
 * 'investment'(总投资额)}, so that a message both finds the field in the file and says what it is.
 * A field without a Chinese name here (a map key, an unknown field) is named by its JSON name
 * alone.
 */
public final class ObservationFields {

  private static final Map<String, String> CHINESE = Map.ofEntries(
      Map.entry("asOf", "数据截至日期"),
      Map.entry("series", "指标数据"),
      Map.entry("projects", "项目台账"),
      Map.entry("peers", "同级单位数据"),
      Map.entry("ranks", "公布位次"),
      Map.entry("events", "活动记录"),
      Map.entry("teams", "组团名单"),
      Map.entry("id", "编号"),
      Map.entry("name", "名称"),
      Map.entry("pipelineOn", "储备日期"),
      Map.entry("signedOn", "签约日期"),
      Map.entry("startedOn", "开工日期"),
      Map.entry("producingOn", "投产日期"),
      Map.entry("registeredOn", "注册落地日期"),
      Map.entry("listedOn", "入库日期"),
      Map.entry("foreignCapital", "外资金额"),
      Map.entry("investment", "总投资额"),
      Map.entry("paidIn", "实际到位资金"),
      Map.entry("industrial", "是否工业项目"),
      Map.entry("leadingIndustry", "是否主导产业项目"),
      Map.entry("strategicEmerging", "是否战略性新兴产业项目"),
      Map.entry("investorTypes", "投资方类型"),
      Map.entry("team", "所属组团"),
      Map.entry("direction", "重点方向"),
      Map.entry("unit", "所属单位"),
      Map.entry("kind", "类型"),
      Map.entry("date", "日期"),
      Map.entry("units", "成员单位"),
      Map.entry("tasks", "年度任务"),
      Map.entry("total", "总量"),
      Map.entry("growth", "增幅"),
      Map.entry("totalRank", "总量位次"),
      Map.entry("growthRank", "增幅位次"),
      Map.entry("peerCount", "参与排位单位数"),
      Map.entry("zh", "中文名称"),
      Map.entry("en", "英文名称"));

  private ObservationFields() {}

  /** {@code 'investment'}. */
  public static String en(String field) {
    return "'" + field + "'";
  }

  /** {@code 'investment'(总投资额)}, or {@code 'gdp'} for a field without a Chinese name. */
  public static String zh(String field) {
    String name = CHINESE.get(field);
    return "'" + field + "'" + (name == null ? "" : "(" + name + ")");
  }

  /**
   * The office's word first, {@code 签约日期'signedOn'}, for a field named inside a sentence where
   * a bracket follows ("不得早于签约日期'signedOn'(2022-05-10)").
   */
  public static String zhRef(String field) {
    return CHINESE.getOrDefault(field, "") + "'" + field + "'";
  }
}
