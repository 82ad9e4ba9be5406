package org.planmetrics.api.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.planmetrics.api.workbook.Findings.Header;
import org.planmetrics.api.workbook.Findings.SheetRef;
import org.planmetrics.api.workbook.InvalidWorkbookException.Kind;
import org.planmetrics.api.workbook.Layout.Column;
import org.planmetrics.api.workbook.SheetTable.TableRow;
import org.planmetrics.metrics.observation.BrokenRule;
import org.planmetrics.metrics.observation.Checked;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.ObservationRules;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.ProjectRules;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.observation.RankRules;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.observation.TeamRules;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.quantity.Unit;

/**
 * One reading of a checked workbook into observations for a plan: the sheets found by name, each
 * read as a {@link SheetTable}, each cell read by its column's {@link Layout.Kind}, every problem
 * kept in {@link Findings}, and where each JSON Pointer of the observations came from, so that
 * the problems {@link ObservationChecks} finds can be reported at their cells.
 */
final class WorkbookReading {

  /** Where a value of the observations came from: a row of a sheet, and its column. */
  record Place(SheetRef sheet, TableRow row, Column column) {}

  /** How far down 填写说明 the assessment date is looked for. */
  private static final int INSTRUCTION_ROWS_SEARCHED = 200;

  private final Plan plan;
  private final WorkbookLimits limits;
  private final Findings findings = new Findings();
  private final Map<String, Place> sources = new HashMap<>();
  private boolean date1904;

  WorkbookReading(Plan plan, WorkbookLimits limits) {
    this.plan = plan;
    this.limits = limits;
  }

  /**
   * The observations in {@code checked}, an archive {@link WorkbookPackage} has checked.
   *
   * @throws InvalidWorkbookException listing every problem found
   */
  Observations read(byte[] checked) {
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(new ByteArrayInputStream(checked),
          new ReadingOptions(true, false));
    } catch (IOException | RuntimeException e) {
      // The archive was sound but its spreadsheet parts are not what they claim to be.
      throw WorkbookPackage.unreadable("damaged-workbook", "the workbook is damaged and its "
          + "sheets cannot be read; open it in Excel and save it again",
          "工作簿文件已损坏,无法读取其中的工作表;请用Excel打开后重新保存");
    }
    Observations observations;
    try {
      date1904 = workbook.isDate1904();
      observations = read(workbook, sheets(workbook));
    } finally {
      try {
        workbook.close();
      } catch (IOException | RuntimeException e) {
        // Closing a workbook read from memory releases nothing that matters.
      }
    }
    if (!findings.isEmpty()) {
      throw new InvalidWorkbookException(Kind.INVALID, findings.sorted(), findings.count());
    }
    return observations;
  }

  private static List<Sheet> sheets(ReadableWorkbook workbook) {
    try {
      return workbook.getSheets().collect(Collectors.toList());
    } catch (RuntimeException e) {
      throw WorkbookPackage.unreadable("damaged-workbook", "the workbook is damaged and its "
          + "sheets cannot be read; open it in Excel and save it again",
          "工作簿文件已损坏,无法读取其中的工作表;请用Excel打开后重新保存");
    }
  }

  private Observations read(ReadableWorkbook workbook, List<Sheet> all) {
    Map<Layout.Sheet, SheetRef> refs = new LinkedHashMap<>();
    Map<Layout.Sheet, Sheet> sheets = new HashMap<>();
    List<Layout.Sheet> known = new ArrayList<>(Layout.DATA_SHEETS);
    known.add(Layout.INSTRUCTIONS);
    for (int order = 0; order < all.size(); order++) {
      Sheet sheet = all.get(order);
      // A damaged workbook may give a sheet no name; it is then no sheet of the layout.
      String name = Objects.requireNonNullElse(sheet.getName(), "");
      for (Layout.Sheet layout : known) {
        if (layout.matches(name)) {
          SheetRef ref = new SheetRef(layout, name, order);
          if (refs.containsKey(layout)) {
            findings.row(ref, 0, "duplicate-sheet", "is a second sheet for "
                + refs.get(layout).name() + "; only one is read", "与工作表“"
                + refs.get(layout).name() + "”重复,只能保留一个");
          } else {
            refs.put(layout, ref);
            sheets.put(layout, sheet);
          }
        }
      }
    }
    if (refs.isEmpty()) {
      findings.workbook("not-an-observations-workbook", "the workbook has none of the sheets "
          + "填写说明, 指标数据, 项目台账, 排名, 活动记录 and 组团任务; start from the template of the "
          + "plan", "工作簿中没有“填写说明”“指标数据”“项目台账”“排名”“活动记录”“组团任务”等工作表,请使用本方案的填报模板");
    }
    Optional<LocalDate> asOf = asOf(refs.get(Layout.INSTRUCTIONS),
        sheets.get(Layout.INSTRUCTIONS));
    List<RosterTeam> teams = new ArrayList<>();
    Choices rosterTeams = Choices.of(Map.of());
    if (refs.containsKey(Layout.TEAMS)) {
      rosterTeams = teams(table(sheets, refs, Layout.TEAMS, List.of(Layout.TEAMS.field("id"))),
          teams);
    }
    Map<String, Map<String, BigDecimal>> series = Map.of();
    if (refs.containsKey(Layout.SERIES)) {
      series = series(table(sheets, refs, Layout.SERIES, Layout.SERIES.columns().subList(0, 3)));
    }
    List<LedgerProject> projects = new ArrayList<>();
    if (refs.containsKey(Layout.PROJECTS)) {
      projects(table(sheets, refs, Layout.PROJECTS, List.of(Layout.PROJECTS.field("id"),
          Layout.PROJECTS.field("investment"))), projects,
          rosterTeams);
    }
    Map<String, Map<String, PeerFigures>> peers = new LinkedHashMap<>();
    Map<String, PublishedRanks> ranks = new LinkedHashMap<>();
    if (refs.containsKey(Layout.RANKS)) {
      ranks(table(sheets, refs, Layout.RANKS, List.of(Layout.RANKS.field("period"))), peers,
          ranks);
    }
    List<LoggedEvent> events = new ArrayList<>();
    if (refs.containsKey(Layout.EVENTS)) {
      events(table(sheets, refs, Layout.EVENTS, List.of(Layout.EVENTS.field("kind"),
          Layout.EVENTS.field("date"))), events, rosterTeams);
    }
    // The checks need a date; without one the reading fails anyway, with the missing date listed.
    // The observations as a whole hold to rules too (a period or a project's id given twice, a
    // team not on the roster): each is a finding at its cell, and stand-ins let the checks
    // against the plan see the rest.
    Checked<Observations> checked = ObservationRules.checked(new ObservationRules.Parts(
        asOf.orElse(plan.window().lastDay()), series, projects, peers, ranks, events, teams));
    Observations observations = checked.value();
    List<Violation> problems = new ArrayList<>(checked.violations(JsonPointers.ROOT));
    problems.addAll(ObservationChecks.violations(observations, plan));
    for (Violation violation : problems) {
      CheckMessages.report(violation, place(violation.path()), plan, findings);
    }
    return observations;
  }

  private SheetTable table(Map<Layout.Sheet, Sheet> sheets, Map<Layout.Sheet, SheetRef> refs,
      Layout.Sheet layout, List<Column> required) {
    return SheetTable.read(sheets.get(layout), refs.get(layout), required, limits, date1904,
        findings);
  }

  // ---- 填写说明: the assessment date

  private Optional<LocalDate> asOf(SheetRef ref, Sheet sheet) {
    if (ref == null) {
      findings.workbook("missing-as-of", "the workbook has no sheet 填写说明 (instructions) with "
          + "the date of the figures, 数据截至日期 (asOf)", "工作簿缺少“填写说明”工作表,无法读取数据截至日期");
      return Optional.empty();
    }
    try (SheetRows rows = SheetRows.of(sheet)) {
      Optional<Row> next;
      for (int i = 0; i < INSTRUCTION_ROWS_SEARCHED && (next = rows.next()).isPresent(); i++) {
        Row row = next.get();
        CellValue label = SheetTable.value(row, 0, date1904);
        if (label.type() != CellValue.Type.TEXT || !Layout.AS_OF.matches(label.asText())) {
          continue;
        }
        Header header = new Header(label.asText(), 1, Optional.of(Layout.AS_OF));
        CellValue value = SheetTable.value(row, 1, date1904);
        if (value.isEmpty()) {
          findings.add(ref, row.getRowNum(), header, "missing-as-of", "is empty: give the date "
              + "the figures are as of, for example 2024-06-30", "未填写;请填写数据截至的日期,如 2024-06-30",
              null);
          return Optional.empty();
        }
        try {
          LocalDate date = value.asDate();
          sources.put(JsonPointers.of("asOf"), new Place(ref, new TableRow(row.getRowNum(),
              Map.of(Layout.AS_OF, value), Map.of(Layout.AS_OF, header)), Layout.AS_OF));
          return Optional.of(date);
        } catch (CellValue.Problem p) {
          findings.cell(ref, row.getRowNum(), header, p, value.shown());
          return Optional.empty();
        }
      }
    }
    findings.row(ref, Layout.AS_OF_ROW, "missing-as-of", "has no row headed "
        + Layout.AS_OF.header() + " in column A with the date of the figures in column B",
        "A列中没有“" + Layout.AS_OF.header() + "”一行(B列填写数据截至日期)");
    return Optional.empty();
  }

  // ---- 指标数据: series

  private Map<String, Map<String, BigDecimal>> series(SheetTable table) {
    Column indicatorColumn = Layout.SERIES.field("indicator");
    Column periodColumn = Layout.SERIES.field("period");
    Column valueColumn = Layout.SERIES.field("value");
    Choices indicators = Choices.indicators(plan);
    Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>();
    Map<String, Integer> firstRow = new HashMap<>();
    for (TableRow row : table.rows) {
      if (row.isEmpty(valueColumn)) {
        // The template lists every indicator and period; a row without a figure is not filled.
        continue;
      }
      RowReader r = new RowReader(table.sheet, row);
      String indicator = r.choice(indicatorColumn, true, indicators);
      String period = r.get(periodColumn, true, CellValue::asPeriod);
      boolean rate = indicator != null && plan.indicator(indicator)
          .filter(i -> i.unit() == Unit.RATIO).isPresent();
      BigDecimal value = r.get(valueColumn, true, rate ? CellValue::asRate : CellValue::asAmount);
      if (!r.ok) {
        continue;
      }
      Integer earlier = firstRow.putIfAbsent(indicator + "\n" + period, row.number());
      if (earlier != null) {
        findings.add(table.sheet, row.number(), row.header(periodColumn), "duplicate-row",
            "repeats the figure of row " + earlier + " (" + indicator + ", " + period + ")",
            "与第" + earlier + "行重复(同一指标、同一期间),只保留一行", period);
        continue;
      }
      series.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).put(period, value);
      String at = JsonPointers.of("series", indicator);
      sources.putIfAbsent(at, new Place(table.sheet, row, indicatorColumn));
      sources.put(JsonPointers.append(at, period), new Place(table.sheet, row, periodColumn));
    }
    return series;
  }

  // ---- 项目台账: projects

  private void projects(SheetTable table, List<LedgerProject> out, Choices teams) {
    Layout.Sheet layout = Layout.PROJECTS;
    Choices directions = Choices.directions(plan);
    Choices units = Choices.units(plan);
    Choices investorTypes = Choices.investorTypes();
    int index = 0;
    for (TableRow row : table.rows) {
      RowReader r = new RowReader(table.sheet, row);
      LedgerProject.Builder project = LedgerProject.builder();
      String id = r.get(layout.field("id"), true, CellValue::asText);
      String name = r.get(layout.field("name"), false, CellValue::asText);
      LocalDate pipelineOn = r.get(layout.field("pipelineOn"), false, CellValue::asDate);
      LocalDate signedOn = r.get(layout.field("signedOn"), false, CellValue::asDate);
      LocalDate startedOn = r.get(layout.field("startedOn"), false, CellValue::asDate);
      LocalDate producingOn = r.get(layout.field("producingOn"), false, CellValue::asDate);
      LocalDate registeredOn = r.get(layout.field("registeredOn"), false, CellValue::asDate);
      LocalDate listedOn = r.get(layout.field("listedOn"), false, CellValue::asDate);
      Optional<BigDecimal> paidIn = Optional.ofNullable(
          r.get(layout.field("paidIn"), false, CellValue::asAmount));
      Optional<BigDecimal> foreignCapital = Optional.ofNullable(
          r.get(layout.field("foreignCapital"), false, CellValue::asAmount));
      BigDecimal investment = r.get(layout.field("investment"), true, CellValue::asAmount);
      boolean industrial = r.yesNo(layout.field("industrial"));
      boolean leading = r.yesNo(layout.field("leadingIndustry"));
      boolean emerging = r.yesNo(layout.field("strategicEmerging"));
      Set<InvestorType> types = r.investorTypes(layout.field("investorTypes"), investorTypes);
      String team = r.choice(layout.field("team"), false, teams);
      String direction = r.choice(layout.field("direction"), false, directions);
      String unit = r.choice(layout.field("unit"), false, units);
      if (!r.ok) {
        continue;
      }
      // A project that breaks its own rules cannot be built: each rule is a finding at its cell,
      // and stand-ins keep the project in the ledger for the other checks (a duplicate id).
      String at = JsonPointers.append(JsonPointers.of("projects"), index);
      ProjectRules.Figures given = new ProjectRules.Figures(Optional.ofNullable(pipelineOn),
          Optional.ofNullable(signedOn), Optional.ofNullable(startedOn),
          Optional.ofNullable(producingOn), investment);
      report(ProjectRules.broken(given, paidIn, foreignCapital), at, table.sheet, row, layout);
      ProjectRules.Figures figures = ProjectRules.standIns(given);
      out.add(project.id(id).name(name == null ? "" : name).pipelineOn(figures.pipelineOn())
          .signedOn(figures.signedOn())
          .startedOn(figures.startedOn()).producingOn(figures.producingOn())
          .registeredOn(Optional.ofNullable(registeredOn)).listedOn(Optional.ofNullable(listedOn))
          .paidIn(ProjectRules.notNegative(paidIn))
          .foreignCapital(ProjectRules.notNegative(foreignCapital))
          .investment(figures.investment()).industrial(industrial).leadingIndustry(leading)
          .strategicEmerging(emerging).investorTypes(types).team(Optional.ofNullable(team))
          .direction(Optional.ofNullable(direction)).unit(Optional.ofNullable(unit)).build());
      index++;
      sources.put(at, new Place(table.sheet, row, layout.field("id")));
      for (Column column : layout.columns()) {
        sources.put(JsonPointers.append(at, column.field()), new Place(table.sheet, row, column));
      }
    }
  }

  // ---- 排名: peer figures and published ranks

  private void ranks(SheetTable table, Map<String, Map<String, PeerFigures>> figures,
      Map<String, PublishedRanks> ranks) {
    Layout.Sheet layout = Layout.RANKS;
    Column period = layout.field("period");
    List<Column> peerColumns = List.of(layout.field("unit"), layout.field("total"),
        layout.field("growth"));
    List<Column> rankColumns = List.of(layout.field("totalRank"), layout.field("growthRank"),
        layout.field("peerCount"));
    Choices peers = Choices.peers(plan);
    Map<String, Integer> firstRow = new HashMap<>();
    for (TableRow row : table.rows) {
      boolean peerRow = peerColumns.stream().anyMatch(c -> !row.isEmpty(c));
      boolean rankRow = rankColumns.stream().anyMatch(c -> !row.isEmpty(c));
      if (peerRow && rankRow) {
        findings.row(table.sheet, row.number(), "mixed-row", "holds both a unit's figures "
            + "(单位, 总量, 增幅) and published ranks (总量位次, 增幅位次, 参与排名单位数); put them on two "
            + "rows", "一行只能填一种:某单位的总量和增幅,或市里公布的本市位次;请分两行填写");
        continue;
      }
      if (!peerRow && !rankRow) {
        findings.row(table.sheet, row.number(), "incomplete-row", "gives a period but neither a "
            + "unit's figures (单位, 总量, 增幅) nor published ranks (总量位次, 增幅位次, 参与排名单位数)",
            "只填了期间;请填写某单位的总量和增幅,或本市位次");
        continue;
      }
      RowReader r = new RowReader(table.sheet, row);
      String key = r.get(period, true, CellValue::asPeriod);
      if (peerRow) {
        String unit = r.choice(peerColumns.get(0), true, peers);
        BigDecimal total = r.get(peerColumns.get(1), true, CellValue::asAmount);
        BigDecimal growth = r.get(peerColumns.get(2), true, CellValue::asRate);
        if (!r.ok) {
          continue;
        }
        Integer earlier = firstRow.putIfAbsent(key + "\n" + unit, row.number());
        if (earlier != null) {
          findings.add(table.sheet, row.number(), row.header(peerColumns.get(0)),
              "duplicate-row", "repeats the figures of " + unit + " for " + key + " in row "
                  + earlier, "与第" + earlier + "行重复(同一期间、同一单位),只保留一行", unit);
          continue;
        }
        figures.computeIfAbsent(key, k -> new LinkedHashMap<>())
            .put(unit, PeerFigures.of(total, growth));
        String at = JsonPointers.of("peers", key);
        sources.putIfAbsent(at, new Place(table.sheet, row, period));
        sources.put(JsonPointers.append(at, unit), new Place(table.sheet, row,
            peerColumns.get(0)));
      } else {
        Integer totalRank = r.get(rankColumns.get(0), true, CellValue::asWhole);
        Integer growthRank = r.get(rankColumns.get(1), true, CellValue::asWhole);
        Integer peerCount = r.get(rankColumns.get(2), true, CellValue::asWhole);
        if (!r.ok) {
          continue;
        }
        Integer earlier = firstRow.putIfAbsent(key + "\nranks", row.number());
        if (earlier != null) {
          findings.add(table.sheet, row.number(), row.header(period), "duplicate-row",
              "repeats the ranks of " + key + " in row " + earlier, "与第" + earlier
                  + "行重复(同一期间的本市位次),只保留一行", key);
          continue;
        }
        // Ranks that break their own rules cannot be built: each rule is a finding at its cell,
        // and stand-ins keep the period for the other checks (a period given twice).
        Checked<PublishedRanks> checked = RankRules.checked(totalRank, growthRank, peerCount);
        ranks.put(key, checked.value());
        String at = JsonPointers.of("ranks", key);
        report(checked.broken(), at, table.sheet, row, layout);
        sources.put(at, new Place(table.sheet, row, period));
        for (Column column : rankColumns) {
          sources.put(JsonPointers.append(at, column.field()), new Place(table.sheet, row,
              column));
        }
      }
    }
  }

  // ---- 活动记录: events

  private void events(SheetTable table, List<LoggedEvent> out, Choices teams) {
    Layout.Sheet layout = Layout.EVENTS;
    Choices kinds = Choices.eventKinds(plan);
    int index = 0;
    for (TableRow row : table.rows) {
      RowReader r = new RowReader(table.sheet, row);
      String kind = r.choice(layout.field("kind"), true, kinds);
      LocalDate date = r.get(layout.field("date"), true, CellValue::asDate);
      String team = r.choice(layout.field("team"), false, teams);
      if (!r.ok) {
        continue;
      }
      out.add(LoggedEvent.builder().kind(kind).date(date).team(Optional.ofNullable(team))
          .build());
      String at = JsonPointers.append(JsonPointers.of("events"), index++);
      sources.put(at, new Place(table.sheet, row, layout.field("kind")));
      for (Column column : layout.columns()) {
        sources.put(JsonPointers.append(at, column.field()), new Place(table.sheet, row, column));
      }
    }
  }

  // ---- 组团任务: the roster and its tasks

  /** A team as its rows give it: the first row's name and units, and the tasks of every row. */
  private static final class TeamRows {
    final TableRow first;
    final String nameZh;
    final String nameEn;
    final List<String> units;
    final Map<String, Map<String, BigDecimal>> tasks = new LinkedHashMap<>();
    final Map<String, TableRow> taskRows = new HashMap<>();

    TeamRows(TableRow first, String nameZh, String nameEn, List<String> units) {
      this.first = first;
      this.nameZh = nameZh;
      this.nameEn = nameEn;
      this.units = units;
    }
  }

  /** Reads the roster; returns its teams as choices, for the team columns of other sheets. */
  private Choices teams(SheetTable table, List<RosterTeam> out) {
    Layout.Sheet layout = Layout.TEAMS;
    Column idColumn = layout.field("id");
    Column nameZhColumn = layout.field("nameZh");
    Column nameEnColumn = layout.field("nameEn");
    Column unitsColumn = layout.field("units");
    Column yearColumn = layout.field("year");
    Column metricColumn = layout.field("metric");
    Column taskColumn = layout.field("task");
    Choices units = Choices.units(plan);
    Choices metrics = Choices.metrics();
    Map<String, TeamRows> teams = new LinkedHashMap<>();
    for (TableRow row : table.rows) {
      RowReader r = new RowReader(table.sheet, row);
      String id = r.get(idColumn, true, CellValue::asText);
      if (id == null) {
        continue;
      }
      String nameZh = r.get(nameZhColumn, false, CellValue::asText);
      String nameEn = r.get(nameEnColumn, false, CellValue::asText);
      List<String> unitIds = r.units(unitsColumn, units);
      TeamRows team = teams.get(id);
      if (team == null) {
        if (nameZh == null && r.ok) {
          findings.add(table.sheet, row.number(), row.header(nameZhColumn), "required",
              "must not be empty on the first row of team '" + id + "'",
              "组团“" + id + "”的第一行须填写组团名称", null);
        }
        // A team is known by its id even if its other cells are wrong, so that projects and
        // events naming it are not reported as naming an unknown team as well.
        team = new TeamRows(row, nameZh == null ? "" : nameZh,
            nameEn == null ? (nameZh == null ? "" : nameZh) : nameEn,
            unitIds == null ? List.of() : unitIds);
        teams.put(id, team);
      } else {
        same(table, row, nameZhColumn, nameZh, team.nameZh, team.first, id);
        same(table, row, nameEnColumn, nameEn, team.nameEn, team.first, id);
        if (unitIds != null && !row.isEmpty(unitsColumn) && !unitIds.equals(team.units)) {
          inconsistent(table, row, unitsColumn, team.first, id);
        }
      }
      boolean anyTask = !row.isEmpty(yearColumn) || !row.isEmpty(metricColumn)
          || !row.isEmpty(taskColumn);
      if (!anyTask) {
        continue;
      }
      String year = r.get(yearColumn, true, CellValue::asYear);
      String metric = r.choice(metricColumn, true, metrics);
      BigDecimal task = r.get(taskColumn, true, CellValue::asAmount);
      if (year == null || metric == null || task == null) {
        continue;
      }
      String key = year + "\n" + metric;
      if (team.taskRows.containsKey(key)) {
        findings.add(table.sheet, row.number(), row.header(metricColumn), "duplicate-row",
            "repeats the " + year + " task of '" + id + "' for " + metric + " in row "
                + team.taskRows.get(key).number(), "与第" + team.taskRows.get(key).number()
                + "行重复(同一组团、同一年度、同一指标),只保留一行", metric);
        continue;
      }
      team.tasks.computeIfAbsent(year, y -> new LinkedHashMap<>()).put(metric, task);
      team.taskRows.put(key, row);
    }
    Map<String, String> names = new LinkedHashMap<>();
    int index = 0;
    for (Map.Entry<String, TeamRows> entry : teams.entrySet()) {
      TeamRows team = entry.getValue();
      Checked<RosterTeam> checked = TeamRules.checked(entry.getKey(),
          LocalizedText.of(team.nameZh, team.nameEn), team.units, team.tasks);
      out.add(checked.value());
      names.put(entry.getKey(), team.nameZh);
      String at = JsonPointers.append(JsonPointers.of("teams"), index++);
      sources.put(at, new Place(table.sheet, team.first, idColumn));
      sources.put(at + "/id", new Place(table.sheet, team.first, idColumn));
      sources.put(at + "/name", new Place(table.sheet, team.first, nameZhColumn));
      sources.put(at + "/name/zh", new Place(table.sheet, team.first, nameZhColumn));
      sources.put(at + "/name/en", new Place(table.sheet, team.first,
          team.first.isEmpty(nameEnColumn) ? nameZhColumn : nameEnColumn));
      sources.put(at + "/units", new Place(table.sheet, team.first, unitsColumn));
      for (Map.Entry<String, TableRow> task : team.taskRows.entrySet()) {
        String[] yearAndMetric = task.getKey().split("\n");
        String yearAt = JsonPointers.append(at + "/tasks", yearAndMetric[0]);
        sources.putIfAbsent(yearAt, new Place(table.sheet, task.getValue(), yearColumn));
        sources.put(JsonPointers.append(yearAt, yearAndMetric[1]), new Place(table.sheet,
            task.getValue(), taskColumn));
      }
      // A team that breaks its own rules cannot be built: each rule is a finding at the cell its
      // field came from, and stand-ins keep the team for the other checks (the teams projects
      // and events name).
      for (Violation violation : checked.violations(at)) {
        CheckMessages.report(violation, place(violation.path()), plan, findings);
      }
    }
    return Choices.of(names);
  }

  private void same(SheetTable table, TableRow row, Column column, String given, String first,
      TableRow firstRow, String id) {
    if (given != null && !given.equals(first)) {
      inconsistent(table, row, column, firstRow, id);
    }
  }

  private void inconsistent(SheetTable table, TableRow row, Column column, TableRow firstRow,
      String id) {
    String shown = row.cell(column).shown();
    findings.add(table.sheet, row.number(), row.header(column), "inconsistent-team",
        "differs from row " + firstRow.number() + ", where team '" + id + "' is first given; "
            + "leave it empty or write the same", "与第" + firstRow.number() + "行(组团“" + id
            + "”首次出现处)不一致;可留空或填写相同内容", shown);
  }

  /** Reports each rule of {@code broken} of the value at {@code at} at the cell of its field. */
  private void report(List<BrokenRule> broken, String at, SheetRef sheet, TableRow row,
      Layout.Sheet layout) {
    for (BrokenRule rule : broken) {
      CheckMessages.report(rule.violation(at), Optional.of(new Place(sheet, row,
          layout.field(rule.field()))), plan, findings);
    }
  }

  // ---- where a pointer of the observations came from

  /** The place of {@code pointer}, or of its nearest parent that has one. */
  private Optional<Place> place(String pointer) {
    return JsonPointers.nearest(sources, pointer);
  }

  /** Reads the cells of one row, reporting each that cannot be read; {@link #ok} says if all could. */
  private final class RowReader {
    private final SheetRef sheet;
    private final TableRow row;
    boolean ok = true;

    RowReader(SheetRef sheet, TableRow row) {
      this.sheet = sheet;
      this.row = row;
    }

    /** The cell of {@code column} read by {@code reading}; null if empty or unreadable. */
    <T> T get(Column column, boolean required, Function<CellValue, T> reading) {
      CellValue value = row.cell(column);
      if (value.isEmpty()) {
        if (required) {
          ok = false;
        }
        // A column missing from the header is reported once, at the header, not in every row.
        if (required && row.headers().containsKey(column)) {
          findings.add(sheet, row.number(), row.header(column), "required", "must not be empty",
              "不能为空", null);
        }
        return null;
      }
      try {
        return reading.apply(value);
      } catch (CellValue.Problem problem) {
        ok = false;
        findings.cell(sheet, row.number(), row.header(column), problem, value.shown());
        return null;
      }
    }

    /** The id a choice cell names; what it says as written if it names none, for the checks. */
    String choice(Column column, boolean required, Choices choices) {
      String written = get(column, required, CellValue::asText);
      return written == null ? null : choices.id(written).orElse(written);
    }

    boolean yesNo(Column column) {
      return Objects.requireNonNullElse(get(column, false, CellValue::asYesNo), false);
    }

    Set<InvestorType> investorTypes(Column column, Choices types) {
      String written = get(column, false, CellValue::asText);
      Set<InvestorType> result = EnumSet.noneOf(InvestorType.class);
      if (written == null) {
        return result;
      }
      List<String> unknown = new ArrayList<>();
      types.ids(written, unknown).forEach(id -> result.add(InvestorType.valueOf(id)));
      if (!unknown.isEmpty()) {
        ok = false;
        String list = String.join(", ", unknown);
        findings.add(sheet, row.number(), row.header(column), "unknown-investor-type",
            "names no investor type: " + list + "; the types are " + String.join(", ",
                types.shown()) + ", separated by ; or 、", "“" + String.join("、", unknown)
                + "”不是投资方类型;可选" + String.join("、", types.shown()) + ",多个用“;”或“、”分隔",
            written);
      }
      return result;
    }

    /** The plan's units a cell names, separated by ; or 、; unknown ones as written, for the checks. */
    List<String> units(Column column, Choices units) {
      String written = get(column, false, CellValue::asText);
      if (written == null) {
        return null;
      }
      List<String> unknown = new ArrayList<>();
      List<String> ids = new ArrayList<>(units.ids(written, unknown));
      ids.addAll(unknown);
      return ids;
    }
  }
}
