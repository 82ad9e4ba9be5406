package org.planmetrics.api.workbook;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.api.workbook.Layout.Column;
import org.planmetrics.api.workbook.SheetTable.TableRow;
import org.planmetrics.api.workbook.WorkbookReading.Place;
import org.planmetrics.metrics.observation.ObservationChecks;
import org.planmetrics.metrics.observation.RankRules;
import org.planmetrics.model.Plan;
import org.planmetrics.model.TeamMetric;
import org.planmetrics.model.Violation;

/**
 * Reports a problem {@link ObservationChecks} found at a JSON Pointer of the observations, for
 * example {@code /projects/3/investment} with rule {@code negative-investment}, at the cell it
 * came from, {@code /项目台账/5/投资额(亿元) investment}, worded for the workbook in Chinese and
 * English ("项目台账 第5行 投资额(亿元):不能为负数,实为-5"). A rule without a wording of its own keeps
 * the check's message, and Chinese where the check has one.
 */
final class CheckMessages {

  /** The column a rule's problem is about, where it is not the pointer's own. */
  private static final Map<String, String> FIELD_OF_RULE = Map.of(
      "negative-value", "value",
      "missing-value", "value",
      "not-positive", "task",
      "not-whole", "task",
      "unknown-metric", "metric");

  private CheckMessages() {}

  static void report(Violation violation, Optional<Place> place, Plan plan, Findings findings) {
    if (place.isEmpty()) {
      findings.workbook(violation.rule(), violation.message(),
          violation.messageZh().orElse("数据不符合规则(" + violation.rule() + "):"
              + violation.message()));
      return;
    }
    TableRow row = place.get().row();
    Column column = columnOf(violation.rule(), place.get());
    String value = violation.value().orElse(row.cell(column).shown());
    String[] words = words(violation, column, value, plan);
    findings.add(place.get().sheet(), row.number(), row.header(column), violation.rule(),
        words[0], words[1], value);
  }

  private static Column columnOf(String rule, Place place) {
    String field = FIELD_OF_RULE.get(rule);
    if (field != null) {
      for (Column column : place.sheet().layout().columns()) {
        if (column.field().equals(field) && place.row().headers().containsKey(column)) {
          return column;
        }
      }
    }
    return place.column();
  }

  /** The problem in English and Chinese, after the sheet, row and column. */
  private static String[] words(Violation violation, Column column, String value, Plan plan) {
    String v = "'" + value + "'";
    return switch (violation.rule()) {
      case "unknown-indicator" -> pair(v + " is not an indicator of the plan; choose one from "
          + "the list", v + "不是本方案的指标,请从下拉列表中选择");
      case "negative-value", "negative-investment" -> pair("must not be negative but was "
          + value, "不能为负数,实为" + value);
      case "duplicate-period" -> pair(v + " is the same period as another row (YYYY and "
          + "YYYY-12 are both the full year); keep one", v + "与另一行是同一期间(“YYYY”与“YYYY-12”"
          + "都是全年),只保留一行");
      case "duplicate-id" -> pair("the id " + v + " is used by another row too; each project "
          + "has its own", "项目编号" + v + "与其他行重复,每个项目的编号须不同");
      case "date-order" -> switch (column.field()) {
        case "startedOn" -> pair("must not be before the signing date but was " + value,
            "开工日期不能早于签约日期,实为" + value);
        case "signedOn" -> pair("must not be before the date the project entered the pipeline "
            + "(储备日期) but was " + value, "签约日期不能早于储备日期,实为" + value);
        default -> pair("must not be before the start (or, without one, the signing) but was "
            + value, "投产日期不能早于开工日期(未开工的不能早于签约日期),实为" + value);
      };
      case "missing-stage" -> column.field().equals("signedOn")
          ? pair("is required for a signed or started project; a pipeline project not yet "
              + "signed fills 储备日期 instead", "须填写签约日期(已开工的项目必须填写);尚未签约的储备项目改填储备日期")
          : pair("is required when the project is producing: a project produces after it "
              + "starts", "已填写投产日期,须同时填写开工日期");
      case "unknown-peer" -> pair(v + " is not one of the units ranked ("
          + plan.peerGroup().name().en() + ")", v + "不是排名单位(" + plan.peerGroup().name().zh()
          + ")之一");
      case "bad-rank" -> column.field().equals("peerCount")
          ? pair("must be at least 1 but was " + value, "参与排名单位数须至少为1,实为" + value)
          : pair("must be between 1 and the number of units ranked but was " + value,
              "位次须在1与参与排名单位数之间,实为" + value);
      case "too-large" -> pair("must be at most " + RankRules.MAX_PEER_COUNT + " but was "
          + value, "不能超过" + RankRules.MAX_PEER_COUNT + ",实为" + value);
      case "unknown-event-kind" -> pair(v + " is not a kind of event of the plan; choose one "
          + "from the list", v + "不是本方案的活动类型,请从下拉列表中选择");
      case "blank" -> pair("must not be blank", "不能为空");
      case "unknown-unit" -> pair(v + " is not a unit of the plan", v + "不是本方案的责任单位");
      case "unknown-metric" -> pair(v + " is not a team metric; the metrics are "
          + metricList(false), v + "不是组团任务指标;可选" + metricList(true));
      case "not-positive" -> pair("must be above 0 but was " + value + "; leave the row out "
          + "when the team has no such task", "任务量须大于0,实为" + value + ";没有该项任务请不填这一行");
      case "not-whole" -> pair("counts projects or activities and must be a whole number but "
          + "was " + value, "该指标计数,任务量须为整数,实为" + value);
      case "unknown-team" -> pair(v + " is not a team of the sheet 组团任务", v
          + "不是“组团任务”表中的组团");
      case "unknown-direction" -> pair(v + " is not a key direction of the plan; choose one "
          + "from the list", v + "不是本方案的重点方向,请从下拉列表中选择");
      default -> pair(violation.message(), violation.messageZh().orElse("不符合规则("
          + violation.rule() + "):" + violation.message()));
    };
  }

  private static String metricList(boolean chinese) {
    return java.util.Arrays.stream(TeamMetric.values())
        .map(m -> m.id() + " " + (chinese ? m.displayName().zh() : m.displayName().en()))
        .collect(Collectors.joining(chinese ? "、" : ", "));
  }

  private static String[] pair(String en, String zh) {
    return new String[] {en, zh};
  }
}
