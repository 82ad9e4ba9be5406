package org.planmetrics.api.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Worksheet;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.UnscoredDuty;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.Goal;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Responsibility;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Writes a {@link Scorecard} as an .xlsx workbook for people who work in Excel, for example the
 * bundled plan's scorecard of the sample observations as of 2024-06-30: a sheet 目标 with one row
 * per target (its name, 达标/进度正常/落后/未达标/无法评估 as a word on a fill colour, so it still
 * reads in black and white, the actual figure, the target value and 确保/力争, the completion and
 * time progress, the explanation and the responsible units), and a sheet 工作要求 with the
 * reporting cadences and the duties listed without a number.
 *
 * <p>Chinese by default; {@link Language#EN} writes the same in English. Figures are the exact
 * values, shown rounded as bulletins round them (percentages to one place, amounts to two).
 *
 * <p>The plan names no unit for a goal; the responsible units of a target are those of the key
 * directions (三) that serve its goal, a link the plan file marks as the editors' reading ({@code
 * KeyDirection.goals}). The sheet says so.
 */
public final class ScorecardWorkbook {

  /** The fill of each status: green, pale green, grey, amber, red. */
  private static final Map<Status, String> FILLS = Map.of(
      Status.MET, "C6EFCE",
      Status.ON_TRACK, "E2EFDA",
      Status.NOT_ASSESSABLE, "EDEDED",
      Status.BEHIND, "FFEB9C",
      Status.MISSED, "FFC7CE");
  private static final String HEADER_FILL = "D9E1F2";
  /** The row of the headers, as FastExcel counts (from 0): after a title and a summary. */
  static final int HEADER_ROW = 2;

  private ScorecardWorkbook() {}

  /** The scorecard in Chinese. */
  public static byte[] write(Scorecard scorecard, Plan plan) {
    return write(scorecard, plan, Language.ZH);
  }

  /**
   * The .xlsx bytes of {@code scorecard}, worded in {@code language}; the same scorecard gives
   * the same bytes.
   *
   * @throws IllegalArgumentException if the scorecard is not of {@code plan}
   */
  public static byte[] write(Scorecard scorecard, Plan plan, Language language) {
    if (!scorecard.planId().equals(plan.id())) {
      throw new org.planmetrics.model.InvalidArgumentException("scorecard",
          "must be of plan '" + plan.id() + "'", scorecard.planId());
    }
    boolean zh = language != Language.EN;
    return Xlsx.write(workbook -> {
      targets(workbook.newWorksheet(zh ? "目标" : "Targets"), scorecard, plan, zh);
      duties(workbook.newWorksheet(zh ? "工作要求" : "Duties"), scorecard, plan, zh);
    });
  }

  /** A file name for the workbook, for example {@code gongqingcheng-2022-scorecard-2024-06-30.xlsx}. */
  public static String fileName(Scorecard scorecard) {
    return scorecard.planId() + "-scorecard-" + scorecard.asOf() + ".xlsx";
  }

  // ---- 目标

  private static void targets(Worksheet sheet, Scorecard scorecard, Plan plan, boolean zh) {
    sheet.value(0, 0, text(plan.title(), zh) + (zh ? " 目标完成情况" : ": targets"));
    sheet.style(0, 0).bold().fontSize(14).set();
    sheet.value(1, 0, summary(scorecard, zh));
    List<String> headers = zh
        ? List.of("目标任务", "指标", "编号", "状态", "实际", "目标值", "比较", "单位", "力度", "完成率",
            "时间进度", "序时进度差(百分点)", "说明", "责任单位")
        : List.of("Goal", "Target", "Id", "Status", "Actual", "Target value", "Comparison", "Unit",
            "Commitment", "Completion", "Time progress", "Gap (points)", "Explanation",
            "Responsible units");
    header(sheet, headers, new double[] {22, 26, 30, 12, 12, 12, 8, 10, 8, 10, 10, 12, 80, 40});
    int row = HEADER_ROW + 1;
    for (Assessment assessment : scorecard.assessments()) {
      Target target = plan.target(assessment.targetId()).orElseThrow();
      Goal goal = plan.goalOf(target.id()).orElseThrow();
      sheet.value(row, 0, text(goal.title(), zh));
      sheet.value(row, 1, target.name().map(n -> text(n, zh)).orElse(target.id()));
      sheet.value(row, 2, target.id());
      status(sheet, row, 3, assessment.status(), zh);
      if (assessment.actual().isPresent()) {
        figure(sheet, row, 4, assessment.actual().get(), zh);
      }
      figure(sheet, row, 5, assessment.threshold(), zh);
      sheet.value(row, 6, comparison(assessment.operator(), zh));
      sheet.value(row, 7, unit(assessment.threshold().unit(), zh));
      sheet.value(row, 8, commitment(assessment.commitment(), zh));
      Optional<Pace> pace = assessment.pace();
      if (pace.isPresent()) {
        number(sheet, row, 9, pace.get().completion(), "0.0%");
        number(sheet, row, 10, pace.get().timeProgress(), "0.0%");
        number(sheet, row, 11, pace.get().gapPercentagePoints(), "0.0");
      }
      sheet.value(row, 12, text(assessment.explanation(), zh));
      sheet.style(row, 12).wrapText(true).set();
      sheet.value(row, 13, String.join(zh ? "、" : "; ", unitsOf(goal, plan, zh)));
      row++;
    }
    row++;
    sheet.value(row, 0, zh
        ? "注:方案未写明各目标的责任单位;此处列出服务该目标的重点方向(三)的责任单位,其对应关系为方案文件编者的解读。"
        : "Note: the plan names no unit for a target; listed are the responsible units of the key "
            + "directions (三) that serve its goal, a link that is the plan file editors' reading.");
    sheet.freezePane(2, HEADER_ROW + 1);
  }

  private static String summary(Scorecard scorecard, boolean zh) {
    List<String> counts = new ArrayList<>();
    for (Status status : Status.values()) {
      int count = scorecard.countsByStatus().getOrDefault(status, 0);
      counts.add(zh ? Choices.statusWord(status, true) + count + "项"
          : count + " " + Choices.statusWord(status, false));
    }
    return zh
        ? "数据截至" + scorecard.asOf() + ";规划期" + scorecard.window().startYear() + "—"
            + scorecard.window().endYear() + "年;" + String.join("、", counts)
        : "As of " + scorecard.asOf() + "; window " + scorecard.window().startYear() + "–"
            + scorecard.window().endYear() + "; " + String.join(", ", counts);
  }

  /**
   * The units responsible for the key directions serving {@code goal}, in the plan's order,
   * each once.
   */
  static List<String> unitsOf(Goal goal, Plan plan, boolean zh) {
    Set<String> ids = new LinkedHashSet<>();
    for (KeyDirection direction : plan.keyDirections()) {
      if (direction.goals().contains(goal.id())) {
        direction.responsibilities().stream().map(Responsibility::unit).forEach(ids::add);
      }
    }
    List<String> names = new ArrayList<>();
    for (String id : ids) {
      names.add(plan.unit(id).map(u -> text(u.name(), zh)).orElse(id));
    }
    return names;
  }

  // ---- 工作要求

  private static void duties(Worksheet sheet, Scorecard scorecard, Plan plan, boolean zh) {
    sheet.value(0, 0, text(plan.title(), zh) + (zh ? " 工作要求落实情况" : ": reporting duties"));
    sheet.style(0, 0).bold().fontSize(14).set();
    sheet.value(1, 0, zh ? "数据截至" + scorecard.asOf() + ";会议、通报、培训等职责自"
        + scorecard.dutiesStart() + "起计" : "As of " + scorecard.asOf() + "; duties count from "
        + scorecard.dutiesStart());
    List<String> headers = zh
        ? List.of("工作要求", "编号", "条款", "要求", "起算", "状态", "已检查期数", "未达要求期数", "说明", "责任单位")
        : List.of("Duty", "Id", "Clause", "Required", "Counted from", "Status", "Periods checked",
            "Periods short", "Explanation", "Responsible unit");
    header(sheet, headers, new double[] {26, 34, 10, 16, 12, 12, 10, 10, 80, 26});
    int row = HEADER_ROW + 1;
    for (CadenceAssessment cadence : scorecard.cadences()) {
      CadenceRequirement requirement = plan.cadence(cadence.cadenceId()).orElseThrow();
      sheet.value(row, 0, text(requirement.name(), zh));
      sheet.value(row, 1, cadence.cadenceId());
      sheet.value(row, 2, requirement.clause());
      sheet.value(row, 3, zh
          ? "每" + cadence.period().chineseName() + "不少于" + cadence.minimumCount() + "次"
          : "at least " + cadence.minimumCount() + " a " + cadence.period().englishName());
      sheet.value(row, 4, cadence.countsFrom());
      status(sheet, row, 5, cadence.status(), zh);
      sheet.value(row, 6, cadence.periodsChecked());
      sheet.value(row, 7, cadence.periodsShort());
      sheet.value(row, 8, text(cadence.explanation(), zh));
      sheet.style(row, 8).wrapText(true).set();
      sheet.value(row, 9, plan.unit(requirement.owner()).map(u -> text(u.name(), zh))
          .orElse(requirement.owner()));
      row++;
    }
    for (UnscoredDuty duty : scorecard.uncountedDuties()) {
      sheet.value(row, 0, text(duty.name(), zh));
      sheet.value(row, 1, duty.dutyId());
      sheet.value(row, 2, duty.clause());
      sheet.value(row, 3, zh ? "定期(未规定次数)" : "regularly (no number given)");
      sheet.value(row, 5, zh ? "列出不评分" : "listed, not scored");
      sheet.value(row, 8, text(duty.explanation(), zh));
      sheet.style(row, 8).wrapText(true).set();
      sheet.value(row, 9, plan.unit(duty.owner()).map(u -> text(u.name(), zh))
          .orElse(duty.owner()));
      row++;
    }
    sheet.freezePane(1, HEADER_ROW + 1);
  }

  // ---- cells

  private static void header(Worksheet sheet, List<String> headers, double[] widths) {
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(HEADER_ROW, c, headers.get(c));
      sheet.style(HEADER_ROW, c).bold().fillColor(HEADER_FILL).wrapText(true).set();
      sheet.width(c, widths[c]);
    }
  }

  /** The status as a word on its fill colour: the word carries it, the colour only helps. */
  private static void status(Worksheet sheet, int row, int column, Status status, boolean zh) {
    sheet.value(row, column, Choices.statusWord(status, zh));
    sheet.style(row, column).fillColor(FILLS.get(status)).bold().set();
  }

  /** A figure as a number with the format of its unit: 72.9%, 5.86, 9, 第2方阵. */
  private static void figure(Worksheet sheet, int row, int column, Quantity quantity,
      boolean zh) {
    number(sheet, row, column, quantity.value(), format(quantity.unit(), zh));
  }

  private static void number(Worksheet sheet, int row, int column, BigDecimal value,
      String format) {
    sheet.value(row, column, value);
    sheet.style(row, column).format(format).set();
  }

  /** The number format of a unit, rounding as bulletins do (see DisplayRounding). */
  static String format(Unit unit, boolean zh) {
    return switch (unit) {
      case RATIO -> "0.0%";
      case USD_100M, CNY_100M, USD_10K, CNY_10K, CNY_1T, INDEX -> "0.00";
      case COUNT -> "0";
      case TIER -> zh ? "\"第\"0\"方阵\"" : "\"tier \"0";
    };
  }

  private static String unit(Unit unit, boolean zh) {
    if (unit == Unit.RATIO) {
      return "%";
    }
    return zh ? unit.chineseSymbol() : unit.englishName();
  }

  private static String comparison(ComparisonOperator operator, boolean zh) {
    return zh ? operator.chineseWord() + "(" + operator.symbol() + ")" : operator.symbol();
  }

  private static String commitment(Commitment commitment, boolean zh) {
    if (commitment == Commitment.PLAIN) {
      return "—";
    }
    return zh ? commitment.chineseWord() : commitment.englishWord();
  }

  private static String text(LocalizedText text, boolean zh) {
    return zh ? text.zh() : text.en();
  }
}
