package org.planmetrics.api.input;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.LocalizedText;

/**
 * A table of observations as a statistician keeps it, one CSV file or one part of a workbook,
 * for example {@code projects} (项目台账): its name in both languages and its columns, each with
 * its id, its Chinese header and whether it must be there. A header is recognised in Chinese or
 * English, with or without the unit and in either order: {@code investment}, {@code 总投资},
 * {@code 总投资(亿元)}, {@code 总投资(亿元) investment} and {@code Signed on} for {@code signedOn}
 * all name their column. The CSV reader and a workbook reader share these names, so that a
 * sheet saved as CSV reads the same.
 */
public enum ObservationTable {

  /** 指标数据: {@code indicator,period,value}. */
  SERIES("series", "指标数据", "indicator figures",
      Column.required("indicator", "指标", "指标名称", "指标编号"),
      Column.required("period", "期间", "时期", "年度", "年份"),
      Column.required("value", "数值", "数据", "值", "完成值")),
  /** 项目台账: one row per project. */
  PROJECTS("projects", "项目台账", "project ledger",
      Column.required("id", "项目编号", "编号"),
      Column.optional("name", "项目名称", "名称"),
      Column.optional("signedOn", "签约日期", "签约时间"),
      Column.required("investment", "总投资(亿元)", "投资额", "计划总投资", "投资总额"),
      Column.required("industrial", "是否工业项目", "工业项目"),
      Column.required("leadingIndustry", "是否主导产业", "主导产业"),
      Column.required("strategicEmerging", "是否战略性新兴产业", "战新产业", "是否战新产业",
          "战略性新兴产业"),
      Column.optional("investorTypes", "投资方类型", "投资方"),
      Column.optional("startedOn", "开工日期", "开工时间"),
      Column.optional("producingOn", "投产日期", "投产时间"),
      Column.optional("registeredOn", "注册落地日期", "注册日期", "落地日期"),
      Column.optional("listedOn", "入库日期", "入统日期"),
      Column.optional("pipelineOn", "储备日期", "纳入储备日期"),
      Column.optional("foreignCapital", "外资金额(万美元)", "外资金额", "合同外资(万美元)", "合同外资"),
      Column.optional("paidIn", "实际到位资金(亿元)", "实际到位资金", "到位资金"),
      Column.optional("team", "招商组团", "组团"),
      Column.optional("direction", "重点方向", "产业方向"),
      Column.optional("unit", "所属单位", "责任单位")),
  /** 活动记录: {@code kind,date}, and the team. */
  EVENTS("events", "活动记录", "activity log",
      Column.required("kind", "活动类型", "类型"),
      Column.required("date", "日期", "活动日期"),
      Column.optional("team", "招商组团", "组团")),
  /** 排名: the ranks published for the plan's own unit. */
  RANKS("ranks", "排名", "published ranks",
      Column.required("period", "期间", "年度", "年份"),
      Column.required("totalRank", "总量排名", "总量排位"),
      Column.required("growthRank", "增幅排名", "增幅排位"),
      Column.required("peerCount", "参评单位数", "单位数")),
  /** 同类单位数据: each peer's level and growth. */
  PEERS("peers", "同类单位数据", "peer figures",
      Column.required("period", "期间", "年度", "年份"),
      Column.required("unit", "单位", "县市区"),
      Column.required("total", "总量"),
      Column.required("growth", "增幅", "增长率")),
  /** 组团: the office's roster of teams. */
  TEAMS("teams", "组团", "teams",
      Column.required("id", "组团编号", "编号"),
      Column.required("nameZh", "组团名称", "名称"),
      Column.optional("nameEn", "英文名称"),
      Column.optional("units", "成员单位", "单位")),
  /** 组团任务: one row per annual task of a team. */
  TASKS("tasks", "组团任务", "team tasks",
      Column.required("team", "组团编号", "组团"),
      Column.required("year", "年度", "年份"),
      Column.required("metric", "任务指标", "指标"),
      Column.required("task", "任务数", "年度任务", "任务"));

  private final String id;
  private final LocalizedText label;
  private final List<Column> columns;

  ObservationTable(String id, String zh, String en, Column... columns) {
    this.id = id;
    this.label = LocalizedText.of(zh, en);
    this.columns = List.of(columns);
  }

  /** The table's id, and the name of its CSV file without {@code .csv}: {@code projects}. */
  public String id() {
    return id;
  }

  /** 项目台账 / project ledger. */
  public LocalizedText label() {
    return label;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The CSV file names this table is read from: {@code projects.csv} and {@code 项目台账.csv}. */
  public List<String> fileNames() {
    return List.of(id + ".csv", label.zh() + ".csv");
  }

  /** The column a header names, if any. */
  public Optional<Column> column(String header) {
    return columns.stream().filter(c -> c.isNamedBy(header)).findFirst();
  }

  /** The headers of every column as a template writes them, joined: "指标 indicator, 期间 period, …". */
  public String headers() {
    return columns.stream().map(Column::header).collect(Collectors.joining(", "));
  }

  /**
   * One column: {@code id} as JSON and English headers name it ({@code signedOn}), {@code zh} its
   * Chinese header as a template writes it ({@code 签约日期}), {@code aliases} other Chinese
   * headers that name it, and whether a table must have it.
   */
  public record Column(String id, String zh, List<String> aliases, boolean required) {

    static Column required(String id, String zh, String... aliases) {
      return new Column(id, zh, List.of(aliases), true);
    }

    static Column optional(String id, String zh, String... aliases) {
      return new Column(id, zh, List.of(aliases), false);
    }

    /** The header a template writes: the Chinese name, then the id, {@code 签约日期 signedOn}. */
    public String header() {
      return zh + " " + id;
    }

    /**
     * Whether {@code header} names this column: its Latin letters, whatever the case, spaces or
     * underscores, are the id ({@code Signed_On}), or its Chinese, without a bracketed unit, is
     * the Chinese name or an alias ({@code 总投资(亿元)}).
     */
    public boolean isNamedBy(String header) {
      String text = Normalizer.normalize(header, Normalizer.Form.NFKC).replace("\uFEFF", "")
          .strip();
      String latin = text.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
      if (!latin.isEmpty() && latin.equals(id.toLowerCase(Locale.ROOT))) {
        return true;
      }
      String chinese = chinese(text);
      return !chinese.isEmpty() && (chinese.equals(chinese(zh))
          || aliases.stream().anyMatch(a -> chinese.equals(chinese(a))));
    }

    private static String chinese(String text) {
      return Normalizer.normalize(text, Normalizer.Form.NFKC)
          .replaceAll("\\([^)]*\\)", "").replaceAll("[\\sA-Za-z0-9_*:./-]", "");
    }
  }

  /** Every table, in the order files are read. */
  public static List<ObservationTable> all() {
    return Arrays.asList(values());
  }
}
