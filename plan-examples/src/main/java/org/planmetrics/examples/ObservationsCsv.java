package org.planmetrics.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.json.JsonPointers;

/**
 * Reads observations from a folder of CSV files, the shape a statistician keeps in a spreadsheet.
 * Every file is optional, but at least one must be there; each needs a header row, and an unknown
 * column is an error:
 *
 * <ul>
 *   <li>{@code series.csv}: {@code indicator,period,value}, period {@code YYYY} or {@code YYYY-MM};
 *   <li>{@code projects.csv}: {@code id,name,signedOn,investment,industrial,leadingIndustry,
 *       strategicEmerging,investorTypes}, booleans {@code true}/{@code false}, investor types
 *       separated by {@code ;} (may be empty), and optional columns {@code startedOn}, {@code
 *       producingOn}, {@code team} and {@code direction};
 *   <li>{@code events.csv}: {@code kind,date}, and an optional column {@code team};
 *   <li>{@code teams.csv}: {@code id,nameZh,nameEn,units}, units separated by {@code ;};
 *   <li>{@code tasks.csv}: {@code team,year,metric,task}, one row per task;
 *   <li>{@code ranks.csv}: {@code period,totalRank,growthRank,peerCount};
 *   <li>{@code peers.csv}: {@code period,unit,total,growth}.
 * </ul>
 *
 * <p>CSV has no place for the assessment date, so the caller passes it. Every problem is reported
 * as a {@link ScorecardInputException} naming the file, the CSV line (the header is line 1) and
 * the column. The result also maps the JSON Pointers of {@code ObservationChecks} back to lines.
 */
public final class ObservationsCsv {

  public static final String SERIES = "series.csv";
  public static final String PROJECTS = "projects.csv";
  public static final String EVENTS = "events.csv";
  public static final String RANKS = "ranks.csv";
  public static final String PEERS = "peers.csv";
  public static final String TEAMS = "teams.csv";
  public static final String TASKS = "tasks.csv";

  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .build();

  private ObservationsCsv() {}

  /** Where a figure came from: a file, its CSV line and a column. */
  public record Source(Path file, int line, String column) {
    @Override
    public String toString() {
      return file + ":" + line + ": column '" + column + "'";
    }
  }

  /** The observations read, and where each JSON Pointer of them came from. */
  public record Result(Observations observations, Map<String, Source> sources) {

    /** The source of {@code pointer}, or of its nearest parent that has one. */
    public Optional<Source> locate(String pointer) {
      String at = pointer;
      while (!at.isEmpty()) {
        Source source = sources.get(at);
        if (source != null) {
          return Optional.of(source);
        }
        at = at.substring(0, at.lastIndexOf('/'));
      }
      return Optional.empty();
    }
  }

  /** Reads the CSV files in {@code folder} as observations on {@code asOf}. */
  public static Result read(Path folder, LocalDate asOf) {
    if (!Files.isDirectory(folder)) {
      throw new ScorecardInputException(folder, 0, "", "is not a folder of CSV files");
    }
    Map<String, Source> sources = new HashMap<>();
    Observations.Builder out = Observations.builder().asOf(asOf);
    boolean any = false;

    Path series = folder.resolve(SERIES);
    if (Files.exists(series)) {
      any = true;
      Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
      for (Row row : rows(series, List.of("indicator", "period", "value"), List.of())) {
        String indicator = row.text("indicator");
        String period = row.text("period");
        BigDecimal value = row.decimal("value");
        String at = JsonPointers.of("series", indicator);
        sources.putIfAbsent(at, row.source("indicator"));
        if (values.computeIfAbsent(indicator, k -> new LinkedHashMap<>()).put(period, value)
            != null) {
          throw row.error("period", "'" + indicator + "' already has a value for '" + period
              + "' at line " + sources.get(JsonPointers.append(at, period)).line());
        }
        sources.put(JsonPointers.append(at, period), row.source("period"));
      }
      out.series(values);
    }

    Path projects = folder.resolve(PROJECTS);
    if (Files.exists(projects)) {
      any = true;
      int index = 0;
      for (Row row : rows(projects, List.of("id", "name", "signedOn", "investment", "industrial",
          "leadingIndustry", "strategicEmerging", "investorTypes"),
          List.of("startedOn", "producingOn", "team", "direction"))) {
        LedgerProject.Builder project = LedgerProject.builder()
            .id(row.text("id"))
            .name(row.optionalText("name"))
            .signedOn(row.date("signedOn"))
            .startedOn(row.optionalDate("startedOn"))
            .producingOn(row.optionalDate("producingOn"))
            .investment(row.decimal("investment"))
            .industrial(row.bool("industrial"))
            .leadingIndustry(row.bool("leadingIndustry"))
            .strategicEmerging(row.bool("strategicEmerging"))
            .investorTypes(row.investorTypes("investorTypes"))
            .team(row.optional("team"))
            .direction(row.optional("direction"));
        String at = JsonPointers.append(JsonPointers.of("projects"), index);
        sources.put(at, row.source("id"));
        for (String column : row.header) {
          sources.put(JsonPointers.append(at, column), row.source(column));
        }
        out.addProjects(project.build());
        index++;
      }
    }

    Path events = folder.resolve(EVENTS);
    if (Files.exists(events)) {
      any = true;
      int index = 0;
      for (Row row : rows(events, List.of("kind", "date"), List.of("team"))) {
        out.addEvents(LoggedEvent.builder().kind(row.text("kind")).date(row.date("date"))
            .team(row.optional("team")).build());
        String at = JsonPointers.append(JsonPointers.of("events"), index);
        sources.put(at, row.source("kind"));
        for (String column : row.header) {
          sources.put(JsonPointers.append(at, column), row.source(column));
        }
        index++;
      }
    }

    Path ranks = folder.resolve(RANKS);
    if (Files.exists(ranks)) {
      any = true;
      Map<String, PublishedRanks> byPeriod = new LinkedHashMap<>();
      for (Row row : rows(ranks, List.of("period", "totalRank", "growthRank", "peerCount"),
          List.of())) {
        String period = row.text("period");
        String at = JsonPointers.of("ranks", period);
        if (byPeriod.containsKey(period)) {
          throw row.error("period", "'" + period + "' already has ranks at line "
              + sources.get(at).line());
        }
        byPeriod.put(period, PublishedRanks.of(row.integer("totalRank"),
            row.integer("growthRank"), row.integer("peerCount")));
        sources.put(at, row.source("period"));
        for (String column : List.of("totalRank", "growthRank", "peerCount")) {
          sources.put(JsonPointers.append(at, column), row.source(column));
        }
      }
      out.ranks(byPeriod);
    }

    Path peers = folder.resolve(PEERS);
    if (Files.exists(peers)) {
      any = true;
      Map<String, Map<String, PeerFigures>> byPeriod = new TreeMap<>();
      for (Row row : rows(peers, List.of("period", "unit", "total", "growth"), List.of())) {
        String period = row.text("period");
        String unit = row.text("unit");
        String at = JsonPointers.of("peers", period);
        sources.putIfAbsent(at, row.source("period"));
        if (byPeriod.computeIfAbsent(period, k -> new LinkedHashMap<>())
            .put(unit, PeerFigures.of(row.decimal("total"), row.decimal("growth"))) != null) {
          throw row.error("unit", "'" + unit + "' already has figures for '" + period + "'");
        }
        sources.put(JsonPointers.append(at, unit), row.source("unit"));
      }
      out.peers(byPeriod);
    }

    any |= readTeams(folder, out, sources);

    if (!any) {
      throw new ScorecardInputException(folder, 0, "", "has none of " + String.join(", ",
          SERIES, PROJECTS, EVENTS, RANKS, PEERS, TEAMS));
    }
    return new Result(out.build(), Map.copyOf(sources));
  }


  /**
   * The roster from {@code teams.csv} and the tasks from {@code tasks.csv}, if there; whether
   * there was a roster. Tasks need the roster: a task for a team it does not list is an error.
   */
  private static boolean readTeams(Path folder, Observations.Builder out,
      Map<String, Source> sources) {
    Path teamsFile = folder.resolve(TEAMS);
    Path tasksFile = folder.resolve(TASKS);
    if (!Files.exists(teamsFile)) {
      if (Files.exists(tasksFile)) {
        throw new ScorecardInputException(tasksFile, 0, "", "needs " + TEAMS
            + " beside it: tasks belong to the teams listed there");
      }
      return false;
    }
    Map<String, Map<String, Map<String, BigDecimal>>> tasksByTeam = new LinkedHashMap<>();
    Map<String, Integer> indexOf = new LinkedHashMap<>();
    List<Row> teamRows = rows(teamsFile, List.of("id", "nameZh", "nameEn", "units"), List.of());
    for (Row row : teamRows) {
      String id = row.text("id");
      if (indexOf.putIfAbsent(id, indexOf.size()) != null) {
        throw row.error("id", "'" + id + "' is listed twice");
      }
      tasksByTeam.put(id, new LinkedHashMap<>());
    }
    if (Files.exists(tasksFile)) {
      for (Row row : rows(tasksFile, List.of("team", "year", "metric", "task"), List.of())) {
        String team = row.text("team");
        if (!tasksByTeam.containsKey(team)) {
          throw row.error("team", "must be a team of " + TEAMS + " but was '" + team + "'");
        }
        String year = row.text("year");
        String metric = row.text("metric");
        String at = JsonPointers.of("teams", String.valueOf(indexOf.get(team)), "tasks", year,
            metric);
        if (tasksByTeam.get(team).computeIfAbsent(year, y -> new LinkedHashMap<>())
            .put(metric, row.decimal("task")) != null) {
          throw row.error("metric", "'" + team + "' already has a " + year + " task for '"
              + metric + "' at line " + sources.get(at).line());
        }
        sources.put(at, row.source("task"));
      }
    }
    for (Row row : teamRows) {
      String id = row.text("id");
      List<String> units = new ArrayList<>();
      for (String unit : row.optionalText("units").split(";")) {
        if (!unit.isBlank()) {
          units.add(unit.strip());
        }
      }
      out.addTeams(RosterTeam.builder().id(id)
          .name(LocalizedText.of(row.text("nameZh"), row.text("nameEn")))
          .units(units)
          .tasks(tasksByTeam.get(id))
          .build());
      String at = JsonPointers.of("teams", String.valueOf(indexOf.get(id)));
      sources.put(at, row.source("id"));
      for (String column : row.header) {
        sources.put(JsonPointers.append(at, column), row.source(column));
      }
    }
    return true;
  }

  private static List<Row> rows(Path file, List<String> required, List<String> optional) {
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
        .with(CsvSchema.emptySchema()).readValues(file.toFile())) {
      List<String> header = null;
      while (true) {
        // Before the parser moves on, its location is the start of the next row: the right line
        // even after blank lines and cells with line breaks inside quotes.
        int line = it.getParser().currentLocation().getLineNr();
        if (!it.hasNextValue()) {
          break;
        }
        String[] cells = it.nextValue();
        if (Arrays.stream(cells).allMatch(c -> c.isBlank())) {
          continue;
        }
        if (header == null) {
          header = header(file, line, cells, required, optional);
          continue;
        }
        if (cells.length != header.size()) {
          throw new ScorecardInputException(file, line, "", "has " + cells.length
              + " cells but the header has " + header.size() + " columns");
        }
        rows.add(new Row(file, line, header, cells));
      }
      if (header == null) {
        throw new ScorecardInputException(file, 1, "", "needs a header row: "
            + String.join(",", required));
      }
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      throw new ScorecardInputException(file, location == null ? 0 : location.getLineNr(), "",
          "is not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ScorecardInputException(file, 0, "", "cannot be read: " + e);
    }
    return rows;
  }

  private static List<String> header(Path file, int line, String[] cells, List<String> required,
      List<String> optional) {
    Set<String> header = new LinkedHashSet<>();
    for (String cell : cells) {
      String column = cell.strip();
      if (!required.contains(column) && !optional.contains(column)) {
        throw new ScorecardInputException(file, line, "column '" + column + "'",
            "unknown column; the columns are " + String.join(",", required)
            + (optional.isEmpty() ? "" : " and optionally " + String.join(",", optional)));
      }
      if (!header.add(column)) {
        throw new ScorecardInputException(file, line, "column '" + column + "'",
            "appears twice in the header");
      }
    }
    for (String column : required) {
      if (!header.contains(column)) {
        throw new ScorecardInputException(file, line, "column '" + column + "'",
            "is missing from the header");
      }
    }
    return List.copyOf(header);
  }

  /** One data row, with the helpers that turn its cells into values or precise errors. */
  private static final class Row {
    final Path file;
    final int line;
    final List<String> header;
    final String[] cells;

    Row(Path file, int line, List<String> header, String[] cells) {
      this.file = file;
      this.line = line;
      this.header = header;
      this.cells = cells;
    }

    Source source(String column) {
      return new Source(file, line, column);
    }

    ScorecardInputException error(String column, String message) {
      return new ScorecardInputException(file, line, "column '" + column + "'", message);
    }

    String optionalText(String column) {
      int i = header.indexOf(column);
      return i < 0 ? "" : cells[i].strip();
    }

    String text(String column) {
      String text = optionalText(column);
      if (text.isEmpty()) {
        throw error(column, "must not be empty");
      }
      return text;
    }

    BigDecimal decimal(String column) {
      String text = text(column);
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw error(column, "must be a number such as 12.5 but was '" + text + "'");
      }
    }

    int integer(String column) {
      String text = text(column);
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw error(column, "must be a whole number but was '" + text + "'");
      }
    }

    boolean bool(String column) {
      String text = text(column);
      switch (text.toLowerCase(Locale.ROOT)) {
        case "true":
          return true;
        case "false":
          return false;
        default:
          throw error(column, "must be true or false but was '" + text + "'");
      }
    }

    LocalDate date(String column) {
      String text = text(column);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw error(column, "must be a date YYYY-MM-DD but was '" + text + "'");
      }
    }

    Optional<String> optional(String column) {
      String text = optionalText(column);
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<LocalDate> optionalDate(String column) {
      return optionalText(column).isEmpty() ? Optional.empty() : Optional.of(date(column));
    }

    Set<InvestorType> investorTypes(String column) {
      Set<InvestorType> types = new LinkedHashSet<>();
      for (String part : optionalText(column).split(";")) {
        String name = part.strip();
        if (name.isEmpty()) {
          continue;
        }
        try {
          types.add(InvestorType.valueOf(name));
        } catch (IllegalArgumentException e) {
          throw error(column, "must be investor types separated by ';', each one of "
              + Arrays.toString(InvestorType.values()) + ", but had '" + name + "'");
        }
      }
      return types;
    }
  }
}
