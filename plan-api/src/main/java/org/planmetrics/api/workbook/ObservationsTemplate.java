package org.planmetrics.api.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Range;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.planmetrics.api.workbook.Layout.Column;
import org.planmetrics.model.ActivityKind;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.Team;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.time.PlanWindow;

/**
 * Writes the workbook a county statistician fills in for a plan, for example for the bundled
 * plan ({@code BundledPlans.gongqingcheng2022()}): a first sheet 填写说明 that explains, in
 * Chinese, how to fill it in and holds the date of the figures (数据截至日期); one sheet each for
 * the series (指标数据, with the plan's indicators and the window's periods already listed, so
 * that only the figures are typed), the project ledger (项目台账), peer figures and published
 * ranks (排名), the meeting and activity log (活动记录) and the teams with their tasks (组团任务).
 *
 * <p>Headers are Chinese with the English field name beside them ({@code 投资额(亿元) investment}),
 * the names of the observations JSON and of the CSV files. Drop-down lists offer the plan's
 * indicators, event kinds, peers, key directions, team metrics, units, periods, 是/否 and the
 * teams typed in 组团任务. {@link ObservationsWorkbook} reads the filled workbook back.
 */
public final class ObservationsTemplate {

  /** How many rows of a data sheet carry the drop-down lists. */
  static final int ROWS_WITH_LISTS = 10_000;

  private static final String HEADER_FILL = "D9E1F2";
  private static final String INPUT_FILL = "FFF2CC";
  private static final String DATE_FORMAT = "yyyy-mm-dd";
  private static final String TEXT_FORMAT = "@";

  private ObservationsTemplate() {}

  /** The .xlsx bytes of the template for {@code plan}; the same plan gives the same bytes. */
  public static byte[] write(Plan plan) {
    return Xlsx.write(workbook -> new ObservationsTemplate.Writer(plan, workbook).write());
  }

  /** The file name to offer for the template, for example {@code gongqingcheng-2022-observations-template.xlsx}. */
  public static String fileName(Plan plan) {
    return plan.id() + "-observations-template.xlsx";
  }

  /** The periods of a plan the template lists: every year from the base year, then each month. */
  static List<String> periods(PlanWindow window) {
    List<String> periods = new ArrayList<>();
    for (int year = window.baseYear(); year <= window.endYear(); year++) {
      periods.add(String.valueOf(year));
    }
    for (int year = window.baseYear(); year <= window.endYear(); year++) {
      // 1—12月 is the full year, listed above; a month key of December would repeat it.
      for (int month = 1; month <= 11; month++) {
        periods.add(String.format(Locale.ROOT, "%04d-%02d", year, month));
      }
    }
    return periods;
  }

  /** The writing of one template. */
  private static final class Writer {
    private final Plan plan;
    private final Workbook workbook;
    private final Choices indicators;
    private final Choices kinds;
    private final Choices peers;
    private final Choices directions;
    private final Choices metrics = Choices.metrics();
    private final Choices units;
    private final Choices investorTypes = Choices.investorTypes();
    private Worksheet options;
    private int optionColumn;

    Writer(Plan plan, Workbook workbook) {
      this.plan = plan;
      this.workbook = workbook;
      this.indicators = Choices.indicators(plan);
      this.kinds = Choices.eventKinds(plan);
      this.peers = Choices.peers(plan);
      this.directions = Choices.directions(plan);
      this.units = Choices.units(plan);
    }

    void write() throws IOException {
      instructions(workbook.newWorksheet(Layout.INSTRUCTIONS.name()));
      Worksheet series = workbook.newWorksheet(Layout.SERIES.name());
      Worksheet projects = workbook.newWorksheet(Layout.PROJECTS.name());
      Worksheet ranks = workbook.newWorksheet(Layout.RANKS.name());
      Worksheet events = workbook.newWorksheet(Layout.EVENTS.name());
      Worksheet teams = workbook.newWorksheet(Layout.TEAMS.name());
      options = workbook.newWorksheet(Layout.OPTIONS.name());
      options.setVisibilityState(VisibilityState.HIDDEN);

      Range indicatorList = list("指标 indicator", indicators.shown());
      Range periodList = list("期间 period", periods(plan.window()));
      Range yesNo = list("是/否", Choices.yesNo());
      Range typeList = list("投资方类型 investorTypes", investorTypes.shown());
      Range kindList = list("类型 kind", kinds.shown());
      Range peerList = list("单位 unit", peers.shown());
      Range directionList = list("重点方向 direction", directions.shown());
      Range metricList = list("任务指标 metric", metrics.shown());
      Range unitList = list("成员单位 units", units.shown());
      List<String> years = new ArrayList<>();
      plan.window().years().forEach(y -> years.add(String.valueOf(y.getValue())));
      Range yearList = list("年度 year", years);
      Range teamList = teams.range(1, 0, ROWS_WITH_LISTS, 0);

      seriesSheet(series, indicatorList, periodList);
      dataSheet(projects, Layout.PROJECTS);
      validate(projects, Layout.PROJECTS, "industrial", yesNo, true);
      validate(projects, Layout.PROJECTS, "leadingIndustry", yesNo, true);
      validate(projects, Layout.PROJECTS, "strategicEmerging", yesNo, true);
      // Several types may be typed into one cell, so the list only warns.
      validate(projects, Layout.PROJECTS, "investorTypes", typeList, false);
      validate(projects, Layout.PROJECTS, "team", teamList, false);
      validate(projects, Layout.PROJECTS, "direction", directionList, true);
      validate(projects, Layout.PROJECTS, "unit", unitList, true);
      dataSheet(ranks, Layout.RANKS);
      validate(ranks, Layout.RANKS, "period", periodList, false);
      validate(ranks, Layout.RANKS, "unit", peerList, true);
      dataSheet(events, Layout.EVENTS);
      validate(events, Layout.EVENTS, "kind", kindList, true);
      validate(events, Layout.EVENTS, "team", teamList, false);
      dataSheet(teams, Layout.TEAMS);
      validate(teams, Layout.TEAMS, "units", unitList, false);
      validate(teams, Layout.TEAMS, "year", yearList, false);
      validate(teams, Layout.TEAMS, "metric", metricList, true);
    }

    // ---- 填写说明

    private void instructions(Worksheet sheet) {
      sheet.width(0, 26);
      sheet.width(1, 44);
      sheet.width(2, 30);
      sheet.width(3, 60);
      int row = 0;
      sheet.value(row, 0, "《" + plan.title().zh() + "》观测数据填报表");
      sheet.style(row, 0).bold().fontSize(14).set();
      row++;
      PlanWindow window = plan.window();
      sheet.value(row, 0, "方案编号 " + plan.id() + ";规划期 " + window.startYear() + "—"
          + window.endYear() + "年,基期 " + window.baseYear() + "年");
      row = Layout.AS_OF_ROW - 1;
      sheet.value(row, 0, Layout.AS_OF.header());
      sheet.style(row, 0).bold().set();
      sheet.style(row, 1).format(DATE_FORMAT).fillColor(INPUT_FILL).set();
      sheet.value(row, 2, "← 必填:本表数据截至的日期,如 2024-06-30;晚于此日期的数据不计入");
      row += 2;
      sheet.value(row, 0, "填写方法");
      sheet.style(row, 0).bold().set();
      row++;
      for (String line : lines()) {
        sheet.value(row, 0, line);
        row++;
      }
      row++;
      row = reference(sheet, row, "指标(指标数据表“指标”列)", List.of("编号", "名称", "单位", "口径"),
          plan.indicators().stream().map(this::indicatorLine).toList());
      row = reference(sheet, row, "活动类型(活动记录表“类型”列)", List.of("类型", "名称", "依据条款", "要求"),
          kindLines());
      row = reference(sheet, row, "重点方向(项目台账表“重点方向”列)", List.of("编号", "名称", "条款"),
          plan.keyDirections().stream().map(this::directionLine).toList());
      row = reference(sheet, row, "排名单位(排名表“单位”列,本市为 " + plan.peerGroup().self() + ")",
          List.of("编号", "名称"), plan.peerGroup().units().stream().map(this::peerLine).toList());
      row = reference(sheet, row, "组团任务指标(组团任务表“任务指标”列)", List.of("编号", "名称", "单位"),
          java.util.Arrays.stream(TeamMetric.values()).map(this::metricLine).toList());
      row = reference(sheet, row, "投资方类型(项目台账表“投资方类型”列,可多选)", List.of("编号", "名称"),
          investorTypes.ids().stream().map(id -> List.of(id, investorTypes.name(id))).toList());
      row = reference(sheet, row, "方案设立的组团(供组团任务表参考)", List.of("编号", "名称", "条款", "牵头及参与单位"),
          plan.teams().stream().map(this::teamLine).toList());
      reference(sheet, row, "责任单位(组团任务表“成员单位”列)", List.of("编号", "名称"),
          plan.units().stream().map(this::unitLine).toList());
    }

    private List<String> lines() {
      PlanWindow window = plan.window();
      return List.of(
          "1. 先在上方B3单元格填写数据截至日期。各表第一行是表头(中文名与英文字段名),请勿修改;需要备注时可增加表头为“备注”的列。",
          "2. 指标数据:已列出本方案各指标和期间,只需在“数值”列填数,没有数据的行留空即可。“" + window.endYear()
              + "”表示全年,“" + window.endYear() + "-06”表示1—6月累计;金额单位见“单位”列(亿美元、亿元)。",
          "3. 数字可直接填写,也可写作 1,120.5;增幅可写 12.5% 或 0.125(不带%的 12.5 含义不明,会被退回);金额列不能填百分数。",
          "4. 日期可用Excel日期,或写作 2022-03-15、2022/3/15、2022年3月15日。",
          "5. 项目台账:每行一个项目,项目编号不能重复;投资额单位为亿元,外资项目另填“外资金额(万美元)”(两者不相加);“是/否”列留空按“否”;投资方类型可多选,用“;”或“、”分隔。"
              + "项目按签约日期计入当年;尚未签约的储备项目不填签约日期,填“储备日期”。",
          "6. 排名:每行或填某单位某期的总量和增幅(单位、总量、增幅),或填市里公布的本市位次(总量位次、增幅位次、参与排名单位数),"
              + "一行只填一种。",
          "7. 活动记录:每行一次会议、通报、培训或招商活动,类型从下拉列表选择;组团的招商活动请填写组团。",
          "8. 组团任务:每行一个组团的一项年度任务(年度、任务指标、任务量);组团名称和成员单位写在该组团的第一行即可;"
              + "没有任务的组团只填一行。",
          "9. 下拉列表中的选项形如“编号 名称”,也可只填编号或只填名称。填好后上传至 POST /api/v1/plans/" + plan.id()
              + "/scorecard(Content-Type: " + ObservationsWorkbook.MEDIA_TYPE + "),所有错误会一次列出,并注明工作表、行号和列名。");
    }

    private List<String> indicatorLine(Indicator indicator) {
      return List.of(indicator.id(), indicator.name().zh(), indicator.unit().chineseSymbol(),
          indicator.caliberNote().map(n -> n.zh()).orElse(""));
    }

    private List<List<String>> kindLines() {
      List<List<String>> lines = new ArrayList<>();
      for (String kind : kinds.ids()) {
        List<String> clauses = new ArrayList<>();
        List<String> duties = new ArrayList<>();
        for (CadenceRequirement cadence : plan.cadences()) {
          if (cadence.kind().equals(kind)) {
            clauses.add(cadence.clause());
            duties.add(cadence.text().zh());
          }
        }
        for (ActivityKind activity : plan.activityKinds()) {
          if (activity.kind().equals(kind)) {
            clauses.add(activity.clause());
            duties.add("组团招商活动");
          }
        }
        lines.add(List.of(kind, kinds.name(kind), String.join("、", clauses),
            String.join(";", duties)));
      }
      return lines;
    }

    private List<String> directionLine(KeyDirection direction) {
      return List.of(direction.id(), direction.title().zh(), direction.clause());
    }

    private List<String> peerLine(PeerUnit peer) {
      return List.of(peer.id(), peer.name().zh());
    }

    private List<String> metricLine(TeamMetric metric) {
      return List.of(metric.id(), metric.displayName().zh(), metric.unit().chineseSymbol());
    }

    private List<String> teamLine(Team team) {
      List<String> names = new ArrayList<>();
      team.lead().ifPresent(lead -> names.add(units.name(lead) + "(牵头)"));
      team.members().forEach(member -> names.add(units.name(member)));
      return List.of(team.id(), team.name().zh(), team.clause(), String.join("、", names));
    }

    private List<String> unitLine(ResponsibleUnit unit) {
      return List.of(unit.id(), unit.name().zh());
    }

    /** Writes a titled reference table from {@code row}; returns the row after it and a gap. */
    private static int reference(Worksheet sheet, int row, String title, List<String> headers,
        List<List<String>> lines) {
      sheet.value(row, 0, title);
      sheet.style(row, 0).bold().set();
      row++;
      for (int c = 0; c < headers.size(); c++) {
        sheet.value(row, c, headers.get(c));
        sheet.style(row, c).bold().fillColor(HEADER_FILL).set();
      }
      row++;
      for (List<String> line : lines) {
        for (int c = 0; c < line.size(); c++) {
          sheet.value(row, c, line.get(c));
        }
        row++;
      }
      return row + 1;
    }

    // ---- the data sheets

    private void seriesSheet(Worksheet sheet, Range indicatorList, Range periodList) {
      dataSheet(sheet, Layout.SERIES);
      int row = 1;
      for (Indicator indicator : plan.indicators()) {
        if (!indicator.unit().isSummable()) {
          // A ranked index (开放型经济指标) is given on the sheet 排名, as figures or ranks.
          continue;
        }
        for (String period : periods(plan.window())) {
          sheet.value(row, 0, indicators.shown(indicator.id()));
          sheet.value(row, 1, period);
          sheet.value(row, 3, indicator.unit().chineseSymbol());
          sheet.style(row, 2).fillColor(INPUT_FILL).set();
          row++;
        }
      }
      validate(sheet, Layout.SERIES, "indicator", indicatorList, true);
      validate(sheet, Layout.SERIES, "period", periodList, false);
    }

    /** The header row, column widths and formats, and a frozen header. */
    private static void dataSheet(Worksheet sheet, Layout.Sheet layout) {
      List<Column> columns = layout.columns();
      for (int c = 0; c < columns.size(); c++) {
        Column column = columns.get(c);
        sheet.value(0, c, column.header());
        sheet.style(0, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
        sheet.width(c, Math.max(14, column.header().length() * 1.6));
        switch (column.kind()) {
          case DATE -> sheet.style(c).format(DATE_FORMAT).set();
          case TEXT, CHOICE, CHOICES, PERIOD, YEAR -> sheet.style(c).format(TEXT_FORMAT).set();
          case RATE -> sheet.style(c).format("0.00%").set();
          default -> { }
        }
      }
      sheet.value(0, columns.size(), "备注 note");
      sheet.style(0, columns.size()).bold().fillColor(HEADER_FILL).set();
      sheet.width(columns.size(), 24);
      sheet.freezePane(0, 1);
    }

    /**
     * A drop-down list on {@code field}'s column from row 2 on, from {@code list}; {@code strict}
     * refuses other values, otherwise Excel only warns.
     */
    private static void validate(Worksheet sheet, Layout.Sheet layout, String field, Range list,
        boolean strict) {
      int column = layout.columns().indexOf(layout.field(field));
      sheet.range(1, column, ROWS_WITH_LISTS, column).validateWithList(list)
          .allowBlank(true).showDropdown(true)
          .errorStyle(strict ? DataValidationErrorStyle.STOP : DataValidationErrorStyle.WARNING)
          .showErrorMessage(true)
          .errorTitle("请从列表中选择")
          .error(strict ? "请从下拉列表中选择。" : "不在下拉列表中;可多选时请用“;”分隔,确认无误可继续。");
    }

    /** Writes {@code values} into the next column of the hidden options sheet; its range. */
    private Range list(String title, List<String> values) {
      int column = optionColumn++;
      options.value(0, column, title);
      for (int i = 0; i < values.size(); i++) {
        options.value(i + 1, column, values.get(i));
      }
      return options.range(1, column, Math.max(1, values.size()), column);
    }
  }
}
