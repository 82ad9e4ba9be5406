package org.planmetrics.api.workbook;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sheets and columns of the observations workbook, in one place for {@link
 * ObservationsTemplate}, which writes them, and {@link ObservationsWorkbook}, which reads them,
 * for example sheet 项目台账 with column {@code 投资额(亿元) investment}. Each column has a Chinese
 * label and the English field name of the observations JSON, which is also the column name of
 * the CSV files ({@code samples/csv}), so that the three forms agree.
 */
final class Layout {

  private Layout() {}

  /** What a column holds, and so how its cells are read. */
  enum Kind {
    /** Text as written, for example a project id. */
    TEXT,
    /** An id of the plan, or its Chinese name, or both ({@code TEAM_MEETING 招商组团小分队会议}). */
    CHOICE,
    /** Several choices in one cell, separated by ; 、 or , (investor types, member units). */
    CHOICES,
    /** A date: an Excel date, 2022-03-15, 2022/3/15 or 2022年3月15日. */
    DATE,
    /** An amount in a unit (亿元, 亿美元) or a count: never a percentage. */
    AMOUNT,
    /** A rate, as a fraction or a percentage: 12.5% and 0.125 are the same. */
    RATE,
    /** A whole number: a rank, a count of peers. */
    WHOLE,
    /** A year, 2024. */
    YEAR,
    /** A period: 2024 (the year) or 2024-06 (January to June). */
    PERIOD,
    /** 是 or 否; empty is 否. */
    YES_NO,
    /** Shown for the person filling in; not read. */
    INFO
  }

  /**
   * One column: its Chinese label, the field it fills and what it holds. The header the
   * template writes is {@code label + " " + field}, for example {@code 投资额(亿元) investment}.
   */
  record Column(String label, String field, Kind kind, List<String> aliases) {

    Column(String label, String field, Kind kind) {
      this(label, field, kind, List.of());
    }

    String header() {
      return label + " " + field;
    }

    /** Whether {@code header}, as a person may have written it, names this column. */
    boolean matches(String header) {
      String wanted = normalized(header);
      return Stream.concat(Stream.of(header(), label, field, withoutUnit(label)), aliases.stream())
          .anyMatch(form -> normalized(form).equals(wanted));
    }
  }

  /** One sheet: its Chinese name, the English name also accepted, and its columns. */
  record Sheet(String name, String englishName, List<Column> columns) {

    boolean matches(String sheetName) {
      String wanted = normalized(sheetName);
      return normalized(name).equals(wanted) || normalized(englishName).equals(wanted);
    }

    Optional<Column> column(String header) {
      return columns.stream().filter(c -> c.matches(header)).findFirst();
    }

    Column column(String field, Kind kind) {
      return columns.stream().filter(c -> c.field().equals(field) && c.kind() == kind)
          .findFirst().orElseThrow();
    }

    Column field(String field) {
      return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }
  }

  static final Sheet INSTRUCTIONS = new Sheet("填写说明", "instructions", List.of());

  /** The label of the assessment date in 填写说明 and the field it fills. */
  static final Column AS_OF = new Column("数据截至日期", "asOf", Kind.DATE);

  /** The row of 填写说明 that holds the assessment date, as Excel numbers rows. */
  static final int AS_OF_ROW = 3;

  static final Sheet SERIES = new Sheet("指标数据", "series", List.of(
      new Column("指标", "indicator", Kind.CHOICE),
      new Column("期间", "period", Kind.PERIOD),
      new Column("数值", "value", Kind.AMOUNT),
      new Column("单位", "unit", Kind.INFO)));

  static final Sheet PROJECTS = new Sheet("项目台账", "projects", List.of(
      new Column("项目编号", "id", Kind.TEXT),
      new Column("项目名称", "name", Kind.TEXT),
      new Column("签约日期", "signedOn", Kind.DATE),
      new Column("投资额(亿元)", "investment", Kind.AMOUNT),
      new Column("工业项目", "industrial", Kind.YES_NO),
      new Column("主导产业", "leadingIndustry", Kind.YES_NO),
      new Column("战略性新兴产业", "strategicEmerging", Kind.YES_NO),
      new Column("投资方类型", "investorTypes", Kind.CHOICES),
      new Column("开工日期", "startedOn", Kind.DATE),
      new Column("投产日期", "producingOn", Kind.DATE),
      new Column("组团", "team", Kind.CHOICE),
      new Column("重点方向", "direction", Kind.CHOICE),
      new Column("所属单位", "unit", Kind.CHOICE),
      // Later additions stand last, so that a workbook filled from an older template keeps its
      // columns in place.
      new Column("注册落地日期", "registeredOn", Kind.DATE),
      new Column("入库日期", "listedOn", Kind.DATE),
      new Column("实际到位资金(亿元)", "paidIn", Kind.AMOUNT),
      new Column("储备日期", "pipelineOn", Kind.DATE),
      new Column("外资金额(万美元)", "foreignCapital", Kind.AMOUNT)));

  /**
   * Peer figures and published ranks in one sheet: a row is either one unit's figures (unit,
   * total, growth) or the ranks the city published for the plan's own unit.
   */
  static final Sheet RANKS = new Sheet("排名", "ranks", List.of(
      new Column("期间", "period", Kind.PERIOD),
      new Column("单位", "unit", Kind.CHOICE),
      new Column("总量", "total", Kind.AMOUNT),
      new Column("增幅", "growth", Kind.RATE),
      new Column("总量位次", "totalRank", Kind.WHOLE),
      new Column("增幅位次", "growthRank", Kind.WHOLE),
      new Column("参与排名单位数", "peerCount", Kind.WHOLE)));

  static final Sheet EVENTS = new Sheet("活动记录", "events", List.of(
      new Column("类型", "kind", Kind.CHOICE),
      new Column("日期", "date", Kind.DATE),
      new Column("组团", "team", Kind.CHOICE)));

  /**
   * The roster and its tasks in one sheet: one row per team and year's task; a team's name and
   * units are given on its first row (later rows may repeat them or leave them empty), and a
   * team without tasks has one row without a task.
   */
  static final Sheet TEAMS = new Sheet("组团任务", "teams", List.of(
      // tasks.csv calls the team's id "team".
      new Column("组团编号", "id", Kind.TEXT, List.of("team", "组团", "组团 team")),
      new Column("组团名称", "nameZh", Kind.TEXT),
      new Column("英文名称", "nameEn", Kind.TEXT),
      new Column("成员单位", "units", Kind.CHOICES),
      new Column("年度", "year", Kind.YEAR),
      new Column("任务指标", "metric", Kind.CHOICE),
      new Column("任务量", "task", Kind.AMOUNT)));

  /** The hidden sheet the drop-down lists take their values from. */
  static final Sheet OPTIONS = new Sheet("下拉选项", "options", List.of());

  /** The data sheets, in the order of the workbook. */
  static final List<Sheet> DATA_SHEETS = List.of(SERIES, PROJECTS, RANKS, EVENTS, TEAMS);

  /** Headers whose column is for notes: allowed anywhere, never read. */
  static boolean isNote(String header) {
    String h = normalized(header);
    return h.startsWith("备注") || h.startsWith("说明") || h.startsWith("note")
        || h.startsWith("comment");
  }

  /**
   * {@code text} as headers, sheet names and choices are compared: full-width forms folded
   * (（ to (), lower case, without spaces.
   */
  static String normalized(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** 投资额(亿元) without its unit: 投资额. */
  private static String withoutUnit(String label) {
    int open = label.indexOf('(');
    return open > 0 ? label.substring(0, open) : label;
  }
}
