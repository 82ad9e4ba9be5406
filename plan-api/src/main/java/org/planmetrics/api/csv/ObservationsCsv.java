package org.planmetrics.api.csv;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.planmetrics.api.input.CellValues;
import org.planmetrics.api.input.CellValues.Cell;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.api.input.InvestorTypes;
import org.planmetrics.api.input.ObservationTable;
import org.planmetrics.api.input.ObservationTable.Column;
import org.planmetrics.api.input.PlanNames;
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
import org.planmetrics.model.Indicator;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.quantity.Unit;

/**
 * Reads observations from CSV files, a folder's or those held in memory ({@link CsvFile}, for
 * example sent to the REST API), the tables of {@link ObservationTable}: {@code series.csv} (or
 * {@code 指标数据.csv}), {@code projects.csv} (项目台账), {@code events.csv} (活动记录), {@code
 * ranks.csv} (排名), {@code peers.csv} (同类单位数据), {@code teams.csv} (组团) and {@code
 * tasks.csv} (组团任务): a file's name picks its table. Every file is optional, but at least one
 * must be there.
 *
 * <p>Forgiving where the meaning is certain: each file may be UTF-8 (with or without a byte
 * order mark), GBK/GB18030 or UTF-16, and the encoding found is said ({@link Result#files()});
 * headers may be Chinese or English, in any order; cells are read by {@link CellValues}
 * ({@code 1,120.5}, {@code 12.5%} in a rate column, {@code 2022/3/15}, {@code 是}); a series
 * row without a value is an unfilled row of a template, and is skipped; the names of indicators,
 * peer units, team metrics and activity kinds stand for their ids ({@link PlanNames}). Strict
 * where it is not: a file separated by semicolons or tabs, a workbook saved with a {@code .csv}
 * name and a file in no known encoding are refused with advice.
 *
 * <p>Every error is reported at once ({@link InvalidInputException}), each with its file (a
 * folder's file by its path, a file in memory by its name), line (the header is line 1), column
 * as the header writes it, value, rule, and a sentence in Chinese
 * and English: a file with three bad cells gives three errors. Then the observations read are
 * checked against the plan ({@link ObservationChecks}), and each problem is placed at the line
 * and column it came from. CSV has no place for the assessment date, so the caller passes it.
 */
public final class ObservationsCsv {

  /** The largest CSV file read: 64 MiB, far beyond a county's figures and ledger. */
  public static final long MAX_FILE_BYTES = 64L << 20;

  /** Errors beyond this many are not collected: 1,000, then "or more". */
  public static final int MAX_ERRORS = 1_000;

  /**
   * The rules of the errors that leave a file, or the whole set, unread as tables: it cannot be
   * read, is too large, is no CSV text (a workbook, an unknown encoding, a quote never closed,
   * another separator), has no header, or no file is a table's. A caller may answer these apart
   * from the errors in the figures, as the REST API does (400 rather than 422).
   */
  public static final Set<String> UNREADABLE_RULES = Set.of("unreadable", "file-too-large",
      "workbook-not-csv", "not-text", "unclosed-quote", "semicolon-separated", "tab-separated",
      "no-header", "no-tables");

  private final Origin origin;
  private final LocalDate asOf;
  private final Plan plan;
  private final PlanNames names;
  private final List<InputError> errors = new ArrayList<>();
  private boolean complete = true;
  private final List<LocalizedText> notes = new ArrayList<>();
  private final List<FileRead> files = new ArrayList<>();
  private final Map<String, Source> sources = new HashMap<>();

  private ObservationsCsv(Origin origin, LocalDate asOf, Plan plan) {
    this.origin = origin;
    this.asOf = asOf;
    this.plan = plan;
    this.names = PlanNames.of(plan);
  }

  /** Where a figure came from: a file, its line (the header is 1) and its column's header. */
  public record Source(String file, int line, String column) {}

  /**
   * A file read: which table, in which encoding, and how many rows of data it had. {@code file}
   * names it as errors do: a folder's file by its path, a file in memory by its name.
   */
  public record FileRead(String file, ObservationTable table, TextEncoding encoding, int rows) {

    /** "已读取 series.csv(UTF-8,12行数据)" / "read series.csv (UTF-8, 12 rows of data)". */
    public LocalizedText note() {
      return LocalizedText.of("已读取 " + file + "(" + encoding.label().zh() + "," + rows + "行数据)",
          "read " + file + " (" + encoding.label().en() + ", " + rows + " row"
              + (rows == 1 ? "" : "s") + " of data)");
    }
  }

  /** The observations read, the files they came from, and where each JSON Pointer came from. */
  public record Result(Observations observations, List<FileRead> files, List<LocalizedText> notes,
      Map<String, Source> sources) {

    /** The source of {@code pointer}, or of its nearest parent that has one. */
    public Optional<Source> locate(String pointer) {
      return JsonPointers.nearest(sources, pointer);
    }
  }

  /**
   * Reads the CSV files in {@code folder} as observations on {@code asOf}, checked against
   * {@code plan}.
   *
   * @throws InvalidInputException with every error found, each placed in its file, line and
   *     column, and notes on the files read
   */
  public static Result read(Path folder, LocalDate asOf, Plan plan) {
    ObservationsCsv reading = new ObservationsCsv(new Origin(folder.toString(), true), asOf, plan);
    return reading.read(reading.list(folder));
  }

  /**
   * Reads {@code files}, each one table by its name, as observations on {@code asOf}, checked
   * against {@code plan}, as {@link #read(Path, LocalDate, Plan)} reads a folder's files. Each
   * error names its file by name alone ({@code series.csv}); an error of the whole set (no file
   * is a table's) names none. A file whose name does not end {@code .csv} is not read, and is
   * named in the notes.
   *
   * @throws InvalidInputException with every error found, each placed in its file, line and
   *     column, and notes on the files read
   */
  public static Result read(List<CsvFile> files, LocalDate asOf, Plan plan) {
    List<Offered> offered = files.stream()
        .map(file -> new Offered(file.name(), file.name(), file::bytes))
        .collect(Collectors.toList());
    return new ObservationsCsv(new Origin("", false), asOf, plan).read(offered);
  }

  private Result read(List<Offered> offered) {
    Map<ObservationTable, Offered> found = findFiles(offered);
    Map<ObservationTable, Sheet> sheets = new EnumMap<>(ObservationTable.class);
    found.forEach((table, file) -> sheet(file, table).ifPresent(s -> sheets.put(table, s)));
    files.forEach(f -> notes.add(f.note()));

    List<RosterTeam> teams = new ArrayList<>();
    if (found.containsKey(ObservationTable.TEAMS) || found.containsKey(ObservationTable.TASKS)) {
      teams(found, sheets.get(ObservationTable.TEAMS), sheets.get(ObservationTable.TASKS), teams);
    }
    // The observations as a whole hold to rules too (a period or a project's id given twice, a
    // team not on the roster): each is an error where it came from, and stand-ins let the checks
    // against the plan see the rest.
    Checked<Observations> checked = ObservationRules.checked(new ObservationRules.Parts(asOf,
        table(sheets, ObservationTable.SERIES).map(this::series).orElse(Map.of()),
        table(sheets, ObservationTable.PROJECTS).map(this::projects).orElse(List.of()),
        table(sheets, ObservationTable.PEERS).map(this::peers).orElse(Map.of()),
        table(sheets, ObservationTable.RANKS).map(this::ranks).orElse(Map.of()),
        table(sheets, ObservationTable.EVENTS).map(this::events).orElse(List.of()), teams));
    checked.violations(JsonPointers.ROOT).forEach(this::report);
    Observations observations = checked.value();

    ObservationChecks.violations(observations, plan).forEach(this::report);
    if (!errors.isEmpty()) {
      List<String> order = new ArrayList<>();
      found.values().forEach(file -> order.add(file.source()));
      List<InputError> sorted = new ArrayList<>(errors);
      sorted.sort(Comparator.<InputError>comparingInt(e -> order.indexOf(e.source()) < 0
              ? -1 : order.indexOf(e.source()))
          .thenComparingInt(InputError::line));
      throw new InvalidInputException(sorted, notes, complete);
    }
    return new Result(observations, List.copyOf(files), List.copyOf(notes), Map.copyOf(sources));
  }

  // ---------------------------------------------------------------------------------------------
  // Finding and reading the files

  /**
   * Where the files come from: a folder, whose path names the errors of the whole set, or files
   * in memory, which have no such name ({@code source} is empty).
   */
  private record Origin(String source, boolean folder) {

    /** "文件夹中没有可读的表…" for a folder, "所传文件中没有可读的表…" for files sent. */
    LocalizedText noTables(String acceptedZh, String accepted, List<String> others) {
      return LocalizedText.of((folder ? "文件夹中" : "所传文件中") + "没有可读的表,文件名须为" + acceptedZh
              + "之一" + (others.isEmpty() ? "" : (folder ? ";现有 " : ";所传为 ")
              + String.join("、", others)),
          (folder ? "has none of the tables " : "the files sent include none of the tables ")
              + accepted + (others.isEmpty() ? "" : (folder ? "; it has " : "; they are ")
              + String.join(", ", others)));
    }
  }

  /** A file to read: its name picks the table; {@code source} names it in errors. */
  private record Offered(String name, String source, Content content) {}

  /** A file's bytes, read only once the file turns out to be a table's. */
  @FunctionalInterface
  private interface Content {
    byte[] bytes() throws IOException;
  }

  /** The folder's files in name order, or an error if it cannot be listed. */
  private List<Offered> list(Path folder) {
    List<Path> entries;
    try (Stream<Path> list = Files.list(folder)) {
      entries = list.sorted().collect(Collectors.toList());
    } catch (IOException e) {
      add(origin.source(), 0, "", "unreadable", LocalizedText.of("无法列出文件夹内容:" + why(e),
          "cannot list the folder: " + whyEn(e)), null);
      throw invalid();
    }
    return entries.stream().map(entry -> new Offered(entry.getFileName().toString(),
        entry.toString(), () -> readAtMost(entry, MAX_FILE_BYTES))).collect(Collectors.toList());
  }

  /** The file of each table, refusing two files for one table. */
  private Map<ObservationTable, Offered> findFiles(List<Offered> offered) {
    Map<ObservationTable, Offered> found = new EnumMap<>(ObservationTable.class);
    List<String> others = new ArrayList<>();
    for (Offered file : offered) {
      String name = file.name();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
        // A folder holds other files too; a file sent was chosen, so the notes name it.
        if (!origin.folder()) {
          others.add(name);
        }
        continue;
      }
      Optional<ObservationTable> table = ObservationTable.all().stream()
          .filter(t -> t.fileNames().stream().anyMatch(n -> n.equalsIgnoreCase(name)))
          .findFirst();
      if (table.isEmpty()) {
        others.add(name);
        continue;
      }
      Offered earlier = found.putIfAbsent(table.get(), file);
      if (earlier != null) {
        add(file.source(), 0, "", "duplicate-table", LocalizedText.of(
            "与" + earlier.name() + "是同一张表(" + table.get().label().zh() + "),只能保留一个",
            "is the same table (" + table.get().label().en() + ") as " + earlier.name()
                + "; keep one of them"), name);
      }
    }
    String accepted = ObservationTable.all().stream().map(t -> t.id() + ".csv")
        .collect(Collectors.joining(", "));
    String acceptedZh = ObservationTable.all().stream()
        .map(t -> t.id() + ".csv(" + t.label().zh() + ".csv)").collect(Collectors.joining("、"));
    if (!others.isEmpty() && !found.isEmpty()) {
      notes.add(LocalizedText.of("未读取 " + String.join("、", others) + ":文件名不是表名(" + acceptedZh
          + ")", "not read: " + String.join(", ", others) + " (not a table's name: " + accepted
          + ")"));
    }
    if (found.isEmpty()) {
      add(origin.source(), 0, "", "no-tables", origin.noTables(acceptedZh, accepted, others),
          null);
      throw invalid();
    }
    if (found.containsKey(ObservationTable.TASKS) && !found.containsKey(ObservationTable.TEAMS)) {
      add(found.get(ObservationTable.TASKS).source(), 0, "", "missing-table", LocalizedText.of(
          "须有 teams.csv(组团.csv)在旁:任务属于其中列出的组团",
          "needs teams.csv beside it: tasks belong to the teams listed there"), null);
    }
    return found;
  }

  /** One file's header and rows, or empty when it cannot be read as a table (errors added). */
  private Optional<Sheet> sheet(Offered file, ObservationTable table) {
    String source = file.source();
    byte[] bytes;
    try {
      bytes = file.content().bytes();
    } catch (IOException e) {
      add(source, 0, "", "unreadable", LocalizedText.of("无法读取:" + why(e),
          "cannot be read: " + whyEn(e)), null);
      return Optional.empty();
    }
    if (bytes.length > MAX_FILE_BYTES) {
      add(source, 0, "", "file-too-large", LocalizedText.of("文件超过" + (MAX_FILE_BYTES >> 20)
          + " MiB,不像是观测数据表", "is larger than " + (MAX_FILE_BYTES >> 20)
          + " MiB, which no table of observations is"), null);
      return Optional.empty();
    }
    boolean xlsx = TextEncoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04);
    if (xlsx || TextEncoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
      // The tool reads an .xlsx workbook itself: it only needs its own extension back.
      add(source, 0, "", "workbook-not-csv", xlsx
          ? LocalizedText.of("这是Excel工作簿(.xlsx),不是CSV文本;请把扩展名改回.xlsx后直接使用,"
                  + "或在Excel中“另存为”“CSV UTF-8(逗号分隔)”",
              "is an Excel workbook (.xlsx), not CSV text; give it back its .xlsx name and use it "
                  + "as it is, or in Excel use Save As 'CSV UTF-8 (Comma delimited)'")
          : LocalizedText.of("这是旧版Excel工作簿(.xls),不是CSV文本;请在Excel中“另存为”"
                  + "“Excel工作簿(.xlsx)”或“CSV UTF-8(逗号分隔)”",
              "is an old Excel workbook (.xls), not CSV text; in Excel, use Save As 'Excel "
                  + "Workbook (.xlsx)' or 'CSV UTF-8 (Comma delimited)'"), null);
      return Optional.empty();
    }
    TextEncoding.Decoded decoded;
    try {
      decoded = TextEncoding.decode(bytes);
    } catch (TextEncoding.NotTextException e) {
      TextEncoding.NotText at = e.where();
      String hex = String.format("0x%02X", at.value());
      add(source, at.line(), "", "not-text", LocalizedText.of(
          "不是UTF-8或GBK编码的文本(第" + at.line() + "行、第" + at.offset() + "字节" + hex
              + "无法识别);请另存为“CSV UTF-8(逗号分隔)”",
          "is neither UTF-8 nor GBK text (byte " + hex + " at byte offset " + at.offset()
              + ", line " + at.line() + "); save it as 'CSV UTF-8 (Comma delimited)'"), null);
      return Optional.empty();
    }
    List<CsvRecords.Record> records;
    try {
      records = CsvRecords.parse(decoded.text());
    } catch (CsvRecords.UnclosedQuoteException e) {
      add(source, e.line(), "", "unclosed-quote", LocalizedText.of(
          "此行开始的带引号单元格没有结束的引号", "a quoted cell starts on this line and never ends"),
          null);
      return Optional.empty();
    }
    List<CsvRecords.Record> nonBlank = records.stream().filter(r -> !r.isBlank())
        .collect(Collectors.toList());
    if (nonBlank.isEmpty()) {
      add(source, 1, "", "no-header", LocalizedText.of("须有表头行:" + table.headers(),
          "needs a header row: " + table.headers()), null);
      return Optional.empty();
    }
    CsvRecords.Record header = nonBlank.get(0);
    Optional<Character> separator = otherSeparator(header);
    if (separator.isPresent()) {
      boolean semicolon = separator.get() == ';';
      add(source, header.line(), "", semicolon ? "semicolon-separated" : "tab-separated",
          LocalizedText.of("此文件用" + (semicolon ? "分号" : "制表符") + "分隔各列,而不是逗号"
              + (semicolon ? "(Excel在以逗号作小数点的地区这样保存)" : "(Excel“Unicode文本”这样保存)")
              + ";请在Excel中“另存为”“CSV UTF-8(逗号分隔)”",
              "separates its columns with " + (semicolon ? "semicolons" : "tabs")
                  + ", not commas" + (semicolon ? " (as Excel saves where the comma is the"
                  + " decimal mark)" : " (as Excel saves 'Unicode Text')")
                  + "; in Excel, use Save As 'CSV UTF-8 (Comma delimited)'"), null);
      return Optional.empty();
    }
    Optional<Sheet> sheet = header(source, table, header);
    if (sheet.isEmpty()) {
      return Optional.empty();
    }
    for (CsvRecords.Record record : nonBlank.subList(1, nonBlank.size())) {
      sheet.get().add(record);
    }
    files.add(new FileRead(source, table, decoded.encoding(), sheet.get().rows.size()));
    return sheet;
  }

  /** A header of one cell holding semicolons or tabs: the file is separated by them. */
  private static Optional<Character> otherSeparator(CsvRecords.Record header) {
    if (header.cells().size() != 1) {
      return Optional.empty();
    }
    String only = header.cells().get(0);
    if (only.indexOf(';') >= 0) {
      return Optional.of(';');
    }
    return only.indexOf('\t') >= 0 ? Optional.of('\t') : Optional.empty();
  }

  private Optional<Sheet> header(String source, ObservationTable table,
      CsvRecords.Record header) {
    Map<Integer, Column> columns = new LinkedHashMap<>();
    Map<String, String> written = new HashMap<>();
    boolean ok = true;
    List<String> cells = header.cells();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i).strip();
      if (cell.isEmpty()) {
        continue;
      }
      Optional<Column> column = table.column(cell);
      if (column.isEmpty()) {
        add(source, header.line(), cell, "unknown-column", LocalizedText.of(
            "不是" + table.label().zh() + "的列;可用的列为 " + table.headers(),
            "is not a column of the " + table.label().en() + "; the columns are "
                + table.headers()), cell);
        ok = false;
      } else if (written.putIfAbsent(column.get().id(), cell) != null) {
        add(source, header.line(), cell, "duplicate-column", LocalizedText.of(
            "与“" + written.get(column.get().id()) + "”是同一列,表头中只能出现一次",
            "is the same column as '" + written.get(column.get().id())
                + "'; a column may appear once in the header"), cell);
        ok = false;
      } else {
        columns.put(i, column.get());
      }
    }
    for (Column column : table.columns()) {
      if (column.required() && !written.containsKey(column.id())) {
        add(source, header.line(), column.header(), "missing-column", LocalizedText.of(
            "表头缺少此列", "is missing from the header"), null);
        ok = false;
      }
    }
    return ok ? Optional.of(new Sheet(source, table, columns, written)) : Optional.empty();
  }

  private static byte[] readAtMost(Path file, long max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(Math.toIntExact(max + 1));
    }
  }

  private static String why(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "文件不存在";
    }
    if (e instanceof AccessDeniedException) {
      return "没有读取权限";
    }
    return String.valueOf(e.getMessage());
  }

  private static String whyEn(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return String.valueOf(e.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // The tables

  private static Optional<Sheet> table(Map<ObservationTable, Sheet> sheets,
      ObservationTable table) {
    return Optional.ofNullable(sheets.get(table));
  }

  private Map<String, Map<String, BigDecimal>> series(Sheet sheet) {
    Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row row : sheet.rows) {
      if (row.blank("value")) {
        // An unfilled row of a template: the indicator and period are there, the figure is not.
        continue;
      }
      String indicator = names.indicator(row.text("indicator").orElse(""));
      Optional<String> period = row.value("period", CellValues::period);
      boolean rate = plan.indicator(indicator).map(Indicator::unit)
          .filter(u -> u == Unit.RATIO).isPresent();
      Optional<BigDecimal> value = row.value("value", rate ? CellValues::rate : CellValues::amount);
      if (!row.ok) {
        continue;
      }
      String key = indicator + "\n" + period.get();
      Integer first = lines.putIfAbsent(key, row.line);
      if (first != null) {
        row.error("period", "duplicate-period", LocalizedText.of(
            "'" + indicator + "'在'" + period.get() + "'已有数值(第" + first + "行)",
            "'" + indicator + "' already has a value for '" + period.get() + "' at line " + first),
            row.cell("period"));
        continue;
      }
      values.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).put(period.get(),
          value.get());
      String at = JsonPointers.of("series", indicator);
      sources.putIfAbsent(at, row.source("indicator"));
      sources.put(JsonPointers.append(at, period.get()), row.source("value"));
    }
    return values;
  }

  private List<LedgerProject> projects(Sheet sheet) {
    List<LedgerProject> out = new ArrayList<>();
    int index = 0;
    for (Row row : sheet.rows) {
      Optional<String> id = row.text("id");
      Optional<LocalDate> pipelineOn = row.optionalValue("pipelineOn", CellValues::date);
      Optional<LocalDate> signedOn = row.optionalValue("signedOn", CellValues::date);
      Optional<LocalDate> startedOn = row.optionalValue("startedOn", CellValues::date);
      Optional<LocalDate> producingOn = row.optionalValue("producingOn", CellValues::date);
      Optional<LocalDate> registeredOn = row.optionalValue("registeredOn", CellValues::date);
      Optional<LocalDate> listedOn = row.optionalValue("listedOn", CellValues::date);
      Optional<BigDecimal> paidIn = row.optionalValue("paidIn", CellValues::amount);
      Optional<BigDecimal> foreignCapital = row.optionalValue("foreignCapital", CellValues::amount);
      Optional<BigDecimal> investment = row.value("investment", CellValues::amount);
      Optional<Boolean> industrial = row.value("industrial", CellValues::yesNo);
      Optional<Boolean> leading = row.value("leadingIndustry", CellValues::yesNo);
      Optional<Boolean> emerging = row.value("strategicEmerging", CellValues::yesNo);
      Set<InvestorType> investorTypes = row.investorTypes("investorTypes");
      if (!row.ok) {
        continue;
      }
      // A project that breaks its own rules cannot be built: each rule is an error at its cell,
      // and stand-ins keep the project in the ledger for the other checks (a duplicate id).
      ProjectRules.Figures given = new ProjectRules.Figures(pipelineOn, signedOn, startedOn,
          producingOn, investment.get());
      row.errors(ProjectRules.broken(given, paidIn, foreignCapital));
      ProjectRules.Figures figures = ProjectRules.standIns(given);
      out.add(LedgerProject.builder()
          .id(id.get())
          .name(row.optional("name").orElse(""))
          .pipelineOn(figures.pipelineOn())
          .signedOn(figures.signedOn())
          .startedOn(figures.startedOn())
          .producingOn(figures.producingOn())
          .registeredOn(registeredOn)
          .listedOn(listedOn)
          .paidIn(ProjectRules.notNegative(paidIn))
          .foreignCapital(ProjectRules.notNegative(foreignCapital))
          .investment(figures.investment())
          .industrial(industrial.get())
          .leadingIndustry(leading.get())
          .strategicEmerging(emerging.get())
          .investorTypes(investorTypes)
          .team(row.optional("team"))
          .direction(row.optional("direction"))
          .unit(row.optional("unit"))
          .build());
      row.sources(JsonPointers.append(JsonPointers.of("projects"), index), "id");
      index++;
    }
    return out;
  }

  private List<LoggedEvent> events(Sheet sheet) {
    List<LoggedEvent> out = new ArrayList<>();
    int index = 0;
    for (Row row : sheet.rows) {
      Optional<String> kind = row.text("kind").map(names::eventKind);
      Optional<LocalDate> date = row.value("date", CellValues::date);
      if (!row.ok) {
        continue;
      }
      out.add(LoggedEvent.builder().kind(kind.get()).date(date.get())
          .team(row.optional("team")).build());
      row.sources(JsonPointers.append(JsonPointers.of("events"), index), "kind");
      index++;
    }
    return out;
  }

  private Map<String, PublishedRanks> ranks(Sheet sheet) {
    Map<String, PublishedRanks> byPeriod = new LinkedHashMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row row : sheet.rows) {
      Optional<String> period = row.value("period", CellValues::period);
      Optional<Integer> total = row.value("totalRank", CellValues::wholeNumber);
      Optional<Integer> growth = row.value("growthRank", CellValues::wholeNumber);
      Optional<Integer> count = row.value("peerCount", CellValues::wholeNumber);
      if (!row.ok) {
        continue;
      }
      Integer first = lines.putIfAbsent(period.get(), row.line);
      if (first != null) {
        row.error("period", "duplicate-period", LocalizedText.of("'" + period.get()
            + "'已有排名(第" + first + "行)", "'" + period.get() + "' already has ranks at line "
            + first), row.cell("period"));
        continue;
      }
      // Ranks that break their own rules cannot be built: each rule is an error at its cell, and
      // stand-ins keep the period for the other checks (a period given twice).
      Checked<PublishedRanks> ranks = RankRules.checked(total.get(), growth.get(), count.get());
      row.errors(ranks.broken());
      byPeriod.put(period.get(), ranks.value());
      row.sources(JsonPointers.of("ranks", period.get()), "period");
    }
    return byPeriod;
  }

  private Map<String, Map<String, PeerFigures>> peers(Sheet sheet) {
    Map<String, Map<String, PeerFigures>> byPeriod = new TreeMap<>();
    Map<String, Integer> lines = new HashMap<>();
    for (Row row : sheet.rows) {
      Optional<String> period = row.value("period", CellValues::period);
      Optional<String> unit = row.text("unit").map(names::peerUnit);
      Optional<BigDecimal> total = row.value("total", CellValues::amount);
      Optional<BigDecimal> growth = row.value("growth", CellValues::rate);
      if (!row.ok) {
        continue;
      }
      Integer first = lines.putIfAbsent(period.get() + "\n" + unit.get(), row.line);
      if (first != null) {
        row.error("unit", "duplicate-unit", LocalizedText.of("'" + unit.get() + "'在'"
            + period.get() + "'已有数据(第" + first + "行)", "'" + unit.get()
            + "' already has figures for '" + period.get() + "' at line " + first),
            row.cell("unit"));
        continue;
      }
      byPeriod.computeIfAbsent(period.get(), k -> new LinkedHashMap<>())
          .put(unit.get(), PeerFigures.of(total.get(), growth.get()));
      String at = JsonPointers.of("peers", period.get());
      sources.putIfAbsent(at, row.source("period"));
      row.sources(JsonPointers.append(at, unit.get()), "unit");
    }
    return byPeriod;
  }

  /**
   * The roster from {@code teams.csv} and the tasks from {@code tasks.csv}. A task names a team
   * of the roster; one whose team row was refused is left out without a second error.
   */
  private void teams(Map<ObservationTable, Offered> found, Sheet teams, Sheet tasks,
      List<RosterTeam> out) {
    Map<String, Row> accepted = new LinkedHashMap<>();
    Set<String> refused = new HashSet<>();
    Map<String, Integer> lines = new HashMap<>();
    if (teams != null) {
      for (Row row : teams.rows) {
        Optional<String> id = row.text("id");
        Optional<String> zh = row.text("nameZh");
        if (id.isPresent()) {
          Integer first = lines.putIfAbsent(id.get(), row.line);
          if (first != null) {
            row.error("id", "duplicate-id", LocalizedText.of("'" + id.get() + "'已在第" + first
                + "行列出", "'" + id.get() + "' is listed already at line " + first), id.get());
          }
        }
        if (!row.ok || zh.isEmpty()) {
          id.ifPresent(refused::add);
          continue;
        }
        accepted.put(id.get(), row);
      }
    }
    Map<String, Map<String, Map<String, BigDecimal>>> tasksByTeam = new LinkedHashMap<>();
    Map<String, Integer> taskLines = new HashMap<>();
    List<String> teamIds = new ArrayList<>(accepted.keySet());
    if (tasks != null && teams != null) {
      for (Row row : tasks.rows) {
        Optional<String> team = row.text("team");
        Optional<Integer> year = row.value("year", CellValues::year);
        Optional<String> metric = row.text("metric").map(names::metric);
        Optional<BigDecimal> task = row.value("task", CellValues::amount);
        if (team.isPresent() && !accepted.containsKey(team.get())) {
          if (!refused.contains(team.get())) {
            row.error("team", "unknown-team", LocalizedText.of("须为 " + found.get(
                ObservationTable.TEAMS).name() + " 中的组团,实为'" + team.get() + "'",
                "must be a team of " + found.get(ObservationTable.TEAMS).name()
                    + " but was '" + team.get() + "'"), team.get());
          }
          row.ok = false;
        }
        if (!row.ok) {
          continue;
        }
        String key = team.get() + "\n" + year.get() + "\n" + metric.get();
        Integer first = taskLines.putIfAbsent(key, row.line);
        if (first != null) {
          row.error("metric", "duplicate-task", LocalizedText.of("'" + team.get() + "'"
              + year.get() + "年的'" + metric.get() + "'任务已在第" + first + "行给出",
              "'" + team.get() + "' already has a " + year.get() + " task for '" + metric.get()
                  + "' at line " + first), metric.get());
          continue;
        }
        tasksByTeam.computeIfAbsent(team.get(), t -> new LinkedHashMap<>())
            .computeIfAbsent(String.valueOf(year.get()), y -> new LinkedHashMap<>())
            .put(metric.get(), task.get());
        sources.put(JsonPointers.of("teams", String.valueOf(teamIds.indexOf(team.get())),
            "tasks", String.valueOf(year.get()), metric.get()), row.source("task"));
      }
    }
    for (Map.Entry<String, Row> entry : accepted.entrySet()) {
      Row row = entry.getValue();
      String zh = row.text("nameZh").orElseThrow();
      List<String> units = new ArrayList<>();
      for (String unit : row.optional("units").orElse("").split("[;；、|]")) {
        if (!unit.isBlank()) {
          units.add(unit.strip());
        }
      }
      String at = JsonPointers.of("teams", String.valueOf(teamIds.indexOf(entry.getKey())));
      Checked<RosterTeam> team = TeamRules.checked(entry.getKey(),
          LocalizedText.of(zh, row.optional("nameEn").orElse(zh)), units,
          tasksByTeam.getOrDefault(entry.getKey(), Map.of()));
      out.add(team.value());
      row.sources(at, "id");
      // A team that breaks its own rules cannot be built: each rule is an error where its
      // field came from (a task's at its line of tasks.csv), and stand-ins keep the team for
      // the other checks (the teams its projects name).
      team.violations(at).forEach(this::report);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Errors

  /** Reports {@code violation} at the line and column its pointer came from. */
  private void report(Violation violation) {
    Source source = JsonPointers.nearest(sources, violation.path())
        .orElse(new Source(origin.source(), 0, ""));
    add(new InputError(source.file(), source.line(), source.column(), violation));
  }

  private void add(String source, int line, String column, String rule, LocalizedText message,
      String value) {
    add(InputError.of(source, line, column, "", rule, message, value));
  }

  private void add(InputError error) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(error);
    } else {
      complete = false;
    }
  }

  private InvalidInputException invalid() {
    return new InvalidInputException(errors, notes, complete);
  }

  // ---------------------------------------------------------------------------------------------
  // A file's header and rows

  /** A file read as a table: which column each cell index holds, and the rows. */
  private final class Sheet {
    final String source;
    final ObservationTable table;
    final Map<Integer, Column> columns;
    /** Column id → its header as the file writes it. */
    final Map<String, String> written;
    final List<Row> rows = new ArrayList<>();

    Sheet(String source, ObservationTable table, Map<Integer, Column> columns,
        Map<String, String> written) {
      this.source = source;
      this.table = table;
      this.columns = columns;
      this.written = written;
    }

    void add(CsvRecords.Record record) {
      Map<String, String> cells = new HashMap<>();
      Row row = new Row(this, record.line(), cells);
      List<String> values = record.cells();
      for (int i = 0; i < values.size(); i++) {
        Column column = columns.get(i);
        if (column != null) {
          cells.put(column.id(), values.get(i));
        } else if (!values.get(i).isBlank()) {
          row.ok = false;
          ObservationsCsv.this.add(source, record.line(), "", "cell-without-column",
              LocalizedText.of("第" + (i + 1) + "个单元格'" + CellValues.shorten(values.get(i).strip())
                  + "'没有对应的列(表头只有" + columns.size() + "列)", "cell " + (i + 1) + " ('"
                  + CellValues.shorten(values.get(i).strip()) + "') has no column in the header"),
              values.get(i).strip());
        }
      }
      rows.add(row);
    }
  }

  /** One data row, with the helpers that read its cells into values or errors. */
  private final class Row {
    final Sheet sheet;
    final int line;
    final Map<String, String> cells;
    boolean ok = true;

    Row(Sheet sheet, int line, Map<String, String> cells) {
      this.sheet = sheet;
      this.line = line;
      this.cells = cells;
    }

    String cell(String column) {
      return cells.getOrDefault(column, "").strip();
    }

    boolean blank(String column) {
      return cell(column).isEmpty();
    }

    Source source(String column) {
      return new Source(sheet.source, line, sheet.written.getOrDefault(column, column));
    }

    void error(String column, String rule, LocalizedText message, String value) {
      ok = false;
      ObservationsCsv.this.add(sheet.source, line, sheet.written.getOrDefault(column, column),
          rule, message, value);
    }

    /** An error for each rule broken, at the cell of its field. */
    void errors(List<BrokenRule> broken) {
      for (BrokenRule rule : broken) {
        error(rule.field(), rule.rule(), LocalizedText.of(rule.messageZh(), rule.messageEn()),
            rule.value());
      }
    }

    /** A required cell's text, or an error if it is empty. */
    Optional<String> text(String column) {
      if (blank(column)) {
        error(column, "empty", LocalizedText.of("不能为空", "must not be empty"), null);
        return Optional.empty();
      }
      return Optional.of(cell(column));
    }

    Optional<String> optional(String column) {
      return blank(column) ? Optional.empty() : Optional.of(cell(column));
    }

    /** A required cell read by {@code reader}, or an error. */
    <T> Optional<T> value(String column, Function<String, Cell<T>> reader) {
      return text(column).flatMap(text -> read(column, text, reader));
    }

    /** An optional cell read by {@code reader}: empty when blank, an error when refused. */
    <T> Optional<T> optionalValue(String column, Function<String, Cell<T>> reader) {
      return optional(column).flatMap(text -> read(column, text, reader));
    }

    private <T> Optional<T> read(String column, String text, Function<String, Cell<T>> reader) {
      Cell<T> cell = reader.apply(text);
      if (cell instanceof Cell.Refused<T> refused) {
        error(column, refused.rule(), refused.message(), text);
        return Optional.empty();
      }
      return Optional.of(((Cell.Read<T>) cell).value());
    }

    /** Investor types separated by {@code ;}, {@code ；} or {@code 、}, by id or Chinese name. */
    Set<InvestorType> investorTypes(String column) {
      Set<InvestorType> types = new LinkedHashSet<>();
      for (String part : cell(column).split("[;；、|]")) {
        String name = part.strip();
        if (name.isEmpty()) {
          continue;
        }
        Optional<InvestorType> type = InvestorTypes.of(name);
        if (type.isEmpty()) {
          error(column, "unknown-investor-type", LocalizedText.of("投资方类型须为 "
              + InvestorTypes.listZh() + " 之一,以';'或'、'分隔,实为'" + name + "'",
              "must be investor types separated by ';', each one of " + InvestorTypes.listEn()
                  + ", but had '" + name + "'"), name);
        } else {
          types.add(type.get());
        }
      }
      return types;
    }

    /** Maps {@code at} and {@code at/<column>} of every column of the row to its cell. */
    void sources(String at, String main) {
      ObservationsCsv.this.sources.put(at, source(main));
      for (String column : sheet.written.keySet()) {
        ObservationsCsv.this.sources.put(JsonPointers.append(at, column), source(column));
      }
    }
  }
}
