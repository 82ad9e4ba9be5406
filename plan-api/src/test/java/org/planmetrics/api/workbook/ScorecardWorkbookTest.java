package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The scorecard of the sample observations as a workbook, read back with FastExcel's reader:
 * each target's row holds the figures of the scorecard, its status as a word on a fill colour,
 * and the responsible units; 工作要求 holds the cadences and the duties without a number.
 */
class ScorecardWorkbookTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final Scorecard SCORECARD =
      Assessor.of(PLAN).scorecard(SampleWorkbook.sample());

  /** The rows of a sheet by the id in their third column (targets) or second (duties). */
  private static Map<String, Row> rows(byte[] xlsx, String sheet, int idColumn)
      throws IOException {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx),
        new ReadingOptions(true, false))) {
      Map<String, Row> rows = new HashMap<>();
      for (Row row : workbook.findSheet(sheet).orElseThrow().read()) {
        if (row.getRowNum() > ScorecardWorkbook.HEADER_ROW + 1) {
          row.getCellAsString(idColumn).ifPresent(id -> rows.put(id, row));
        }
      }
      return rows;
    }
  }

  private static String text(Row row, int column) {
    return row.getCellAsString(column).orElse(null);
  }

  private static BigDecimal number(Row row, int column) {
    return row.getCellAsNumber(column).orElseThrow();
  }

  private static String format(Row row, int column) {
    return row.getCell(column).getDataFormatString();
  }

  @Test
  void eachTargetsRowHoldsItsNameStatusFiguresExplanationAndUnits() throws IOException {
    Map<String, Row> rows = rows(ScorecardWorkbook.write(SCORECARD, PLAN), "目标", 2);
    assertThat(rows.keySet()).containsAll(PLAN.targets().stream().map(t -> t.id()).toList());

    Row share = rows.get("leading-industry-share");
    assertThat(text(share, 0)).isEqualTo("产业集聚效应更加明显");
    assertThat(text(share, 1)).isEqualTo("主导工业项目占比");
    assertThat(text(share, 3)).isEqualTo("落后");
    // Exactly 7 of 10, and 高于70% excludes 70%.
    assertThat(number(share, 4)).isEqualByComparingTo("0.7");
    assertThat(format(share, 4)).isEqualTo("0.0%");
    assertThat(number(share, 5)).isEqualByComparingTo("0.7");
    assertThat(text(share, 6)).isEqualTo("高于(>)");
    assertThat(text(share, 8)).isEqualTo("确保");
    assertThat(text(share, 12)).contains("占比70.0%", "目标高于70%");
    assertThat(text(share, 13)).isEqualTo("市工信局、市商务局、各招商组团成员单位、市发改委、市科技局");

    Row fdi = rows.get("fdi-cumulative");
    assertThat(text(fdi, 3)).isEqualTo("进度正常");
    assertThat(number(fdi, 4)).isEqualByComparingTo("5.86");
    assertThat(format(fdi, 4)).isEqualTo("0.00");
    assertThat(text(fdi, 7)).isEqualTo("亿美元");
    assertThat(text(fdi, 8)).isEqualTo("力争");
    // 5.86 of 7 is 83.7%, after 30 of 36 months (83.3%).
    assertThat(number(fdi, 9)).isEqualByComparingTo(
        SCORECARD.assessment("fdi-cumulative").orElseThrow().pace().orElseThrow().completion());
    assertThat(number(fdi, 10)).isEqualByComparingTo(
        SCORECARD.assessment("fdi-cumulative").orElseThrow().pace().orElseThrow().timeProgress());
    assertThat(number(fdi, 10).setScale(3, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.833");
    assertThat(format(fdi, 9)).isEqualTo("0.0%");
    assertThat(text(fdi, 13)).isEqualTo("市商务局、各招商组团成员单位");

    Row tier = rows.get("open-economy-first-tier");
    assertThat(text(tier, 3)).isEqualTo("未达标");
    assertThat(number(tier, 5)).isEqualByComparingTo("1");
    assertThat(format(tier, 5)).isEqualTo("\"第\"0\"方阵\"");

    Row notAssessable = rows.get("out-of-province-capital-cumulative");
    assertThat(text(notAssessable, 3)).isEqualTo("无法评估");
    assertThat(notAssessable.getCellAsNumber(4)).isEmpty();
    assertThat(text(notAssessable, 12)).contains("缺少2023年数据");
    assertThat(text(rows.get("tier-100-annual"), 8)).isEqualTo("—");
  }

  @Test
  void everyStatusIsAWordOnItsOwnFillColour() throws IOException {
    byte[] xlsx = ScorecardWorkbook.write(SCORECARD, PLAN);
    Map<String, String> fillOfStatus = statusFills(xlsx);
    assertThat(fillOfStatus).containsOnly(entry("达标", "C6EFCE"), entry("进度正常", "E2EFDA"),
        entry("无法评估", "EDEDED"), entry("落后", "FFEB9C"), entry("未达标", "FFC7CE"));
    assertThat(fillOfStatus.values()).doesNotHaveDuplicates();
  }

  @Test
  void theDutiesSheetHoldsTheCadencesAndTheDutiesWithoutANumber() throws IOException {
    Map<String, Row> rows = rows(ScorecardWorkbook.write(SCORECARD, PLAN), "工作要求", 1);
    Row meetings = rows.get("team-meetings-monthly");
    assertThat(text(meetings, 0)).isEqualTo("招商组团小分队会议");
    assertThat(text(meetings, 3)).isEqualTo("每月不少于2次");
    assertThat(text(meetings, 4)).isEqualTo("2023-01");
    assertThat(text(meetings, 5)).isEqualTo("未达标");
    // From 2023-01 to 2024-06, 18 months; only 2023-08 fell short.
    assertThat(number(meetings, 6)).isEqualByComparingTo("18");
    assertThat(number(meetings, 7)).isEqualByComparingTo("1");
    assertThat(text(meetings, 8)).contains("2023-08为0次");
    assertThat(text(rows.get("citywide-progress-meetings"), 5)).isEqualTo("列出不评分");
    assertThat(rows).hasSize(PLAN.cadences().size() + PLAN.uncountedDuties().size());
  }

  @Test
  void inEnglishTheSheetsNamesAndWordsAreEnglish() throws IOException {
    byte[] xlsx = ScorecardWorkbook.write(SCORECARD, PLAN, Language.EN);
    Row share = rows(xlsx, "Targets", 2).get("leading-industry-share");
    assertThat(text(share, 1)).isEqualTo("Share of leading-industry projects");
    assertThat(text(share, 3)).isEqualTo("behind");
    assertThat(text(share, 8)).isEqualTo("ensure");
    assertThat(text(rows(xlsx, "Duties", 1).get("team-meetings-monthly"), 3))
        .isEqualTo("at least 2 a month");
  }

  @Test
  void theSameScorecardGivesTheSameBytes() {
    assertThat(ScorecardWorkbook.write(SCORECARD, PLAN))
        .isEqualTo(ScorecardWorkbook.write(SCORECARD, PLAN))
        .isNotEqualTo(ScorecardWorkbook.write(SCORECARD, PLAN, Language.EN));
  }

  @Test
  void aScorecardOfAnotherPlanIsRefused() {
    Scorecard other = Scorecard.builder().from(SCORECARD).planId("elsewhere-2024").build();
    assertThatThrownBy(() -> ScorecardWorkbook.write(other, PLAN))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'scorecard' must be of plan 'gongqingcheng-2022' but was 'elsewhere-2024'");
  }

  /** The fill colour of each status word of sheet 目标, from the workbook's styles. */
  private static Map<String, String> statusFills(byte[] xlsx) {
    Map<String, byte[]> parts = ZipParts.read(xlsx, 100, Integer.MAX_VALUE, Long.MAX_VALUE,
        name -> true).stream().collect(Collectors.toMap(ZipParts.Part::name,
            ZipParts.Part::bytes));
    Document styles = parse(parts.get("xl/styles.xml"));
    List<String> fills = elements(styles, "fill").stream().map(fill -> {
      NodeList colours = fill.getElementsByTagNameNS("*", "fgColor");
      return colours.getLength() == 0 ? "" : ((Element) colours.item(0)).getAttribute("rgb");
    }).toList();
    Element cellXfs = elements(styles, "cellXfs").get(0);
    List<Integer> fillOfStyle = elements(cellXfs, "xf").stream()
        .map(xf -> Integer.parseInt(Optional.of(xf.getAttribute("fillId"))
            .filter(s -> !s.isEmpty()).orElse("0"))).toList();
    List<String> strings = elements(parse(parts.get("xl/sharedStrings.xml")), "si").stream()
        .map(Element::getTextContent).toList();
    Map<String, String> result = new HashMap<>();
    for (Element cell : elements(parse(parts.get("xl/worksheets/sheet1.xml")), "c")) {
      if (cell.getAttribute("r").startsWith("D") && cell.getAttribute("t").equals("s")
          && !cell.getAttribute("r").equals("D3")) {
        String word = strings.get(Integer.parseInt(cell.getTextContent()));
        result.put(word, fills.get(fillOfStyle.get(Integer.parseInt(cell.getAttribute("s")))));
      }
    }
    return result;
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static List<Element> elements(org.w3c.dom.Node parent, String name) {
    NodeList nodes = parent instanceof Document document
        ? document.getElementsByTagNameNS("*", name)
        : ((Element) parent).getElementsByTagNameNS("*", name);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> (Element) nodes.item(i)).toList();
  }
}
