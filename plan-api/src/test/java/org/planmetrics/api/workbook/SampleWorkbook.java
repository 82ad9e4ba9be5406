package org.planmetrics.api.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.PeerFigures;
import org.planmetrics.metrics.observation.PublishedRanks;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanJson;

/**
 * The sample observations ({@code samples/gongqingcheng-sample.json}) typed into the template
 * as a statistician would: figures into the rows the template lists, one project, event and task
 * per row, dates as Excel dates, 是/否, investor types and member units by their Chinese names,
 * key directions by their titles. Also {@link #normalized}, the same observations with every
 * figure as a workbook gives it back (2.4, not 2.40).
 */
public final class SampleWorkbook {

  /** Maven runs the tests with the module as working directory; the repo root is one up. */
  public static final Path SAMPLE = Path.of("..", "samples", "gongqingcheng-sample.json");

  private SampleWorkbook() {}

  /** The sample observations, as the JSON file gives them. */
  public static Observations sample() {
    try {
      return PlanJson.reader().readValue(Files.readString(SAMPLE, StandardCharsets.UTF_8),
          Observations.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The template of {@code plan} filled in with the sample observations. */
  public static byte[] filled(Plan plan) {
    return fill(plan, sample()).bytes();
  }

  /**
   * The sample in the template with three bad cells in 项目台账: rows 3, 4 and 5 (P-2022-02,
   * P-2022-03, P-2022-04) get an investment of 'abc', a signing date of 2022-02-30 and 工业项目
   * '也许'.
   */
  public static byte[] filledWithThreeBadCells(Plan plan) {
    XlsxEditor editor = fill(plan, sample());
    editor.sheet("项目台账").set(3, "D", "abc").set(4, "C", "2022-02-30").set(5, "E", "也许");
    return editor.bytes();
  }

  /** An editor holding the template of {@code plan} filled in with {@code observations}. */
  static XlsxEditor fill(Plan plan, Observations observations) {
    XlsxEditor editor = new XlsxEditor(ObservationsTemplate.write(plan));
    editor.sheet("填写说明").set(3, "B", observations.asOf());

    XlsxEditor.Sheet series = editor.sheet("指标数据");
    Choices indicators = Choices.indicators(plan);
    observations.series().forEach((indicator, values) -> values.forEach((period, value) ->
        series.set(series.rowOf(indicators.shown(indicator), period), "C", value)));

    XlsxEditor.Sheet projects = editor.sheet("项目台账");
    Choices types = Choices.investorTypes();
    Choices directions = Choices.directions(plan);
    Choices units = Choices.units(plan);
    int row = 2;
    for (LedgerProject p : observations.projects()) {
      projects.set(row, "A", p.id()).set(row, "B", p.name())
          .set(row, "D", p.investment()).set(row, "E", yesNo(p.industrial()))
          .set(row, "F", yesNo(p.leadingIndustry())).set(row, "G", yesNo(p.strategicEmerging()))
          .set(row, "H", p.investorTypes().stream().map(InvestorType::name).map(types::name)
              .collect(Collectors.joining("、")));
      p.signedOn().ifPresent(d -> projects.set(row(projects, p, observations), "C", d));
      p.startedOn().ifPresent(d -> projects.set(row(projects, p, observations), "I", d));
      p.producingOn().ifPresent(d -> projects.set(row(projects, p, observations), "J", d));
      p.team().ifPresent(t -> projects.set(row(projects, p, observations), "K", t));
      p.direction().ifPresent(d -> projects.set(row(projects, p, observations), "L",
          directions.name(d)));
      p.unit().ifPresent(u -> projects.set(row(projects, p, observations), "M", units.name(u)));
      p.registeredOn().ifPresent(d -> projects.set(row(projects, p, observations), "N", d));
      p.listedOn().ifPresent(d -> projects.set(row(projects, p, observations), "O", d));
      p.paidIn().ifPresent(a -> projects.set(row(projects, p, observations), "P", a));
      p.pipelineOn().ifPresent(d -> projects.set(row(projects, p, observations), "Q", d));
      p.foreignCapital().ifPresent(a -> projects.set(row(projects, p, observations), "R", a));
      row++;
    }

    XlsxEditor.Sheet ranks = editor.sheet("排名");
    row = 2;
    for (Map.Entry<String, Map<String, PeerFigures>> period : observations.peers().entrySet()) {
      for (Map.Entry<String, PeerFigures> peer : period.getValue().entrySet()) {
        ranks.set(row, "A", period.getKey()).set(row, "B", peer.getKey())
            .set(row, "C", peer.getValue().total()).set(row, "D", peer.getValue().growth());
        row++;
      }
    }
    for (Map.Entry<String, PublishedRanks> period : observations.ranks().entrySet()) {
      ranks.set(row, "A", period.getKey()).set(row, "E", period.getValue().totalRank())
          .set(row, "F", period.getValue().growthRank())
          .set(row, "G", period.getValue().peerCount());
      row++;
    }

    XlsxEditor.Sheet events = editor.sheet("活动记录");
    row = 2;
    for (LoggedEvent event : observations.events()) {
      events.set(row, "A", event.kind()).set(row, "B", event.date());
      if (event.team().isPresent()) {
        events.set(row, "C", event.team().get());
      }
      row++;
    }

    XlsxEditor.Sheet teams = editor.sheet("组团任务");
    row = 2;
    for (RosterTeam team : observations.teams()) {
      teams.set(row, "A", team.id()).set(row, "B", team.name().zh()).set(row, "C", team.name().en())
          .set(row, "D", team.units().stream().map(units::name).collect(Collectors.joining("、")));
      boolean first = true;
      for (Map.Entry<String, Map<String, BigDecimal>> year : team.tasks().entrySet()) {
        for (Map.Entry<String, BigDecimal> task : year.getValue().entrySet()) {
          if (!first) {
            teams.set(row, "A", team.id());
          }
          teams.set(row, "E", Integer.parseInt(year.getKey())).set(row, "F", task.getKey())
              .set(row, "G", task.getValue());
          first = false;
          row++;
        }
      }
      if (first) {
        row++;
      }
    }
    return editor;
  }

  /** The row of {@code project} in 项目台账: its place in the ledger, after the header. */
  private static int row(XlsxEditor.Sheet sheet, LedgerProject project,
      Observations observations) {
    return observations.projects().indexOf(project) + 2;
  }

  private static String yesNo(boolean value) {
    return value ? "是" : "否";
  }

  /**
   * {@code observations} with every figure as a workbook gives it back: without trailing zeros
   * (Excel keeps 2.40 as 2.4), and never with a negative scale (100, not 1E+2).
   */
  public static Observations normalized(Observations observations) {
    Observations.Builder out = Observations.builder().from(observations);
    out.series(plainInner(observations.series()));
    List<LedgerProject> projects = new ArrayList<>();
    for (LedgerProject p : observations.projects()) {
      projects.add(LedgerProject.builder().from(p).investment(plain(p.investment())).build());
    }
    out.projects(projects);
    List<RosterTeam> teams = new ArrayList<>();
    for (RosterTeam team : observations.teams()) {
      teams.add(RosterTeam.builder().from(team).tasks(plainInner(team.tasks())).build());
    }
    out.teams(teams);
    return out.build();
  }

  private static Map<String, Map<String, BigDecimal>> plainInner(
      Map<String, Map<String, BigDecimal>> maps) {
    Map<String, Map<String, BigDecimal>> out = new LinkedHashMap<>();
    maps.forEach((key, inner) -> {
      Map<String, BigDecimal> copy = new LinkedHashMap<>();
      inner.forEach((k, v) -> copy.put(k, plain(v)));
      out.put(key, copy);
    });
    return out;
  }

  static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
