package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.DisplayRounding.percent;
import static org.planmetrics.metrics.wording.Phrases.capitalised;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.metrics.result.ApproximateThreshold;
import org.planmetrics.metrics.result.Pace;
import org.planmetrics.metrics.result.RankDetail;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.metrics.result.RequiredFigures;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.StretchAssessment;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.CohortReach;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ShareMeasure;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.quantity.Commitment;
import org.planmetrics.model.quantity.ComparisonOperator;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

/**
 * Every sentence of an assessment of a target, in Chinese and English, written from the rules'
 * result values: the reasons ({@link #reason}) and the explanations of each target kind,
 * for example "实际利用外资累计完成3.36亿美元,完成目标的48.0%,时间进度50.0%,落后序时进度2.0个百分点。落后。"
 * / "Foreign capital actually utilized totals 3.36 (USD 100 million), 48.0% of the target of
 * 7.00 (USD 100 million); time progress 50.0%, 2.0 percentage points behind schedule. Behind."
 *
 * <p>This is the one place that words results, so that the rules only decide and a change of
 * phrasing is one edit. Figures are rounded by {@link DisplayRounding}; the exact figures stay in
 * the results' fields.
 */
public final class Sentences {

  private Sentences() {}

  /** Why a target or a year cannot be judged, naming the input, in both languages. */
  public static LocalizedText reason(Reason reason) {
    if (reason instanceof Reason.WindowNotStarted r) {
      return LocalizedText.of("规划期" + r.startYear() + "—" + r.endYear() + "年尚未开始(评估日期"
          + r.asOf() + ")", "the plan window " + r.startYear() + "–" + r.endYear()
          + " has not started by " + r.asOf());
    }
    if (reason instanceof Reason.NoYearToDateFigureYet r) {
      return LocalizedText.of(r.year() + "年尚无累计数据(" + r.fullYearPointer() + "-MM)",
          "no year-to-date figure for " + r.year() + " yet (" + r.fullYearPointer() + "-MM)");
    }
    if (reason instanceof Reason.MissingFullYearFigure r) {
      return LocalizedText.of("缺少" + r.missingYear() + "年全年数据(" + r.missingPointer()
              + "),也没有" + r.year() + "年与上年同月的累计数据",
          "no full-year figure " + r.missingPointer() + " and no year-to-date figures for the "
              + "same month of " + r.year() + " and " + (r.year() - 1));
    }
    if (reason instanceof Reason.BaseNotPositive r) {
      String base = r.base().toPlainString();
      return LocalizedText.of("基期数值" + base + "不为正数(" + r.pointer() + "),无法计算增长率",
          "the base figure " + r.pointer() + " is " + base
              + ", not above zero, so growth is undefined");
    }
    if (reason instanceof Reason.GapInFigures r) {
      return LocalizedText.of("数据不连续:有" + r.givenYear() + "年数据但缺少" + r.missingYear()
              + "年数据(" + r.missingPointer() + ")",
          "the figures have a gap: " + r.givenYear() + " is given but " + r.missingYear()
              + " is missing (" + r.missingPointer() + ")");
    }
    if (reason instanceof Reason.NoFiguresYet r) {
      return LocalizedText.of("规划期内尚无数据(需要" + r.firstYearPointer() + "或当年累计数据)",
          "no figures for the window yet (need " + r.firstYearPointer()
              + " or a year-to-date figure of " + r.startYear() + ")");
    }
    if (reason instanceof Reason.NoRanksYet r) {
      return LocalizedText.of(r.year() + "年尚无同级单位数据或公布位次",
          "no peer figures or published ranks for " + r.year() + " yet");
    }
    if (reason instanceof Reason.NoRanks r) {
      int y = r.year();
      return LocalizedText.of("缺少" + y + "年的同级单位数据(/peers/" + y + ")或公布位次(/ranks/" + y
          + ")", "no peer figures (/peers/" + y + ") or published ranks (/ranks/" + y + ") for "
          + y);
    }
    if (reason instanceof Reason.OwnUnitMissingFromPeers r) {
      return LocalizedText.of(r.period() + "期同级单位数据中缺少本单位(" + r.missingPointer() + ")",
          "the peer figures for " + r.period() + " lack the plan's own unit ("
              + r.missingPointer() + ")");
    }
    if (reason instanceof Reason.FigureOutOfRange r) {
      return LocalizedText.of("数值" + r.pointer() + "过大或过于精细,无法计算(最多" + r.maxDigits()
              + "位数字,小数位数在±" + r.maxDigits() + "以内)",
          "the figure " + r.pointer() + " is too large or too precise to compute with (at most "
              + r.maxDigits() + " digits, and a scale within ±" + r.maxDigits() + ")");
    }
    if (reason instanceof Reason.NoProjectsInDenominator r) {
      return LocalizedText.of("规划期内截至" + r.asOf() + "没有计入分母的项目(/projects)",
          "no ledger project counts in the denominator up to " + r.asOf() + " (/projects)");
    }
    if (reason instanceof Reason.MissingFigure r) {
      return LocalizedText.of("缺少所需数据(" + r.pointer() + ")",
          "the figure " + r.pointer() + " is needed but not given");
    }
    if (reason instanceof Reason.PeriodNotStarted r) {
      return LocalizedText.of("目标时段自" + r.firstDay() + "起,评估日期" + r.asOf() + "尚未开始",
          "the target's period starts on " + r.firstDay() + ", after " + r.asOf());
    }
    if (reason instanceof Reason.PeriodNotWholeMonths r) {
      return LocalizedText.of("时段" + r.from() + "至" + r.to() + "不是整月,按月报送的累计数据("
              + r.seriesPointer() + "/YYYY-MM)无法得出其间的数额:需要" + r.from().minusDays(1) + "和"
              + r.to() + "的累计数;不按比例折算",
          "the period " + r.from() + " to " + r.to() + " is not whole months, and month-end "
              + "year-to-date figures (" + r.seriesPointer() + "/YYYY-MM) cannot give its sum: it "
              + "needs the totals at " + r.from().minusDays(1) + " and at " + r.to()
              + "; nothing is pro-rated");
    }
    if (reason instanceof Reason.NegativeFigure r) {
      String value = r.value().toPlainString();
      return LocalizedText.of("数值" + value + "为负数(" + r.pointer() + "),无法计算年均增长率",
          "the figure " + r.pointer() + " is " + value
              + ", below zero, so no average growth reaches it");
    }
    if (reason instanceof Reason.EmptyCohort r) {
      return LocalizedText.of(r.year() + "年截至" + r.asOf() + "没有计入队列的项目(/projects),无从计算比率",
          "no project joined the " + r.year() + " cohort up to " + r.asOf()
              + " (/projects), so there is no rate");
    }
    if (reason instanceof Reason.NoInvestmentInDenominator r) {
      return LocalizedText.of("规划期内截至" + r.asOf() + "计入分母的项目总投资为0(/projects),无从计算占比",
          "the projects in the denominator up to " + r.asOf() + " invest 0 in all (/projects), "
              + "so there is no share");
    }
    if (reason instanceof Reason.MissingPaidIn r) {
      return LocalizedText.of(r.pointers().size() + "个计入的项目未填实际到位资金("
              + String.join("、", r.pointers()) + "),未填不按0计",
          r.pointers().size() + " counted project(s) have no capital paid in recorded ("
              + String.join(", ", r.pointers()) + "); a blank is not read as 0");
    }
    throw new AssertionError(reason);
  }

  /**
   * An annual growth target, year by year: "实际利用外资年增长目标7%以上:2022年增长8.6%,达标;2023年1—6月
   * 同比增长12.7%,进度正常。总体进度正常。". {@code reason} is the target's, if it is NOT_ASSESSABLE.
   */
  public static LocalizedText annualGrowth(Plan plan, Target target, List<YearAssessment> years,
      Status status, Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    LocalizedText rule = Phrases.rule(target);
    LocalizedText body = yearByYear(years, Sentences::growthYear, reason);
    return LocalizedText.of(
        name.zh() + "年增长目标" + rule.zh() + ":" + body.zh() + "。总体" + status.chineseName() + "。",
        name.en() + ", target growth " + rule.en() + " a year: " + body.en() + ". Overall "
            + status.englishName() + ".");
  }

  /** "2023年1—6月同比增长12.7%,进度正常" / "January–June 2023 grew 12.7% year on year, on track". */
  private static LocalizedText growthYear(YearAssessment row) {
    BigDecimal growth = row.actual().orElseThrow().value();
    int month = row.throughMonth().orElse(12);
    LocalizedText period = Phrases.months(row.year(), month);
    Status status = row.status().orElseThrow();
    return LocalizedText.of(
        period.zh() + (month == 12 ? "" : "同比") + (growth.signum() < 0 ? "下降" : "增长")
            + percent(growth.abs()) + "," + status.chineseName(),
        period.en() + " " + (growth.signum() < 0 ? "fell" : "grew") + " "
            + percent(growth.abs()) + (month == 12 ? "" : " year on year") + ", "
            + status.englishName());
  }

  /** An annual count target, year by year: "每年引进“100”项目1个以上:2022年引进1个,达标;…". */
  public static LocalizedText annualCount(Target target, List<YearAssessment> years,
      Status status, Optional<Reason> reason) {
    LocalizedText tiers = Phrases.tiers(target);
    LocalizedText rule = Phrases.rule(target);
    String word = target.countWord();
    String verb = Phrases.countVerb(target);
    LocalizedText body = yearByYear(years, row -> countYear(row, verb, word), reason);
    return LocalizedText.of(
        "每年" + verb + tiers.zh() + "项目" + rule.zh() + ":" + body.zh() + "。总体"
            + status.chineseName() + "。",
        tiers.en() + " projects each year, " + rule.en() + ": " + body.en() + ". Overall "
            + status.englishName() + ".");
  }

  private static LocalizedText countYear(YearAssessment row, String verb, String countWord) {
    LocalizedText period = Phrases.months(row.year(), row.throughMonth().orElse(12));
    String count = row.actual().orElseThrow().value().toPlainString();
    Status status = row.status().orElseThrow();
    return LocalizedText.of(period.zh() + verb + count + countWord + "," + status.chineseName(),
        period.en() + ": " + count + ", " + status.englishName());
  }

  /**
   * A cohort rate, year by year: "签约项目当年开工率目标60%以上:2023年签约5个,开工3个,开工率60.0%,达标。总体达标。"
   * / "Projects signed that start the same year, target at least 60%: 2023: 3 of 5 started, a
   * rate of 60.0%, met. Overall met."
   */
  public static LocalizedText cohortRate(Plan plan, Target target, List<YearAssessment> years,
      Status status, Optional<Reason> reason) {
    CohortReach reach = target.reached().orElseThrow();
    CountingStage from = target.cohort().orElseThrow().stageIn(plan);
    String fromZh = stageZh(from);
    String toZh = stageZh(reach.stage());
    boolean sameYear = reach.within() == CohortReach.Deadline.SAME_YEAR;
    LocalizedText rule = Phrases.rule(target);
    LocalizedText body = yearByYear(years, row -> {
      String rate = percent(row.actual().orElseThrow().value());
      Status s = row.status().orElseThrow();
      return LocalizedText.of(Phrases.months(row.year(), row.throughMonth().orElse(12)).zh()
              + fromZh + row.denominator().orElseThrow() + "个," + toZh + row.numerator()
              .orElseThrow() + "个," + toZh + "率" + rate + "," + s.chineseName(),
          row.year() + ": " + row.numerator().orElseThrow() + " of " + row.denominator()
              .orElseThrow() + " " + stageEn(from) + " " + stageEn(reach.stage()) + ", a rate of "
              + rate + ", " + s.englishName());
    }, reason);
    return LocalizedText.of(
        fromZh + "项目" + (sameYear ? "当年" : "次年底前") + toZh + "率目标" + rule.zh() + ":" + body.zh()
            + "。总体" + status.chineseName() + "。",
        "Projects " + stageEn(from) + " that are " + stageEn(reach.stage()) + " by the end of "
            + (sameYear ? "the same year" : "the next year") + ", target " + rule.en() + ": "
            + body.en() + ". Overall " + status.englishName() + ".");
  }

  /** The stage as a county's ledger names it: 签约, 开工, 投产, 注册落地, 入库, 储备. */
  static String stageZh(CountingStage stage) {
    return switch (stage) {
      case SIGNED -> "签约";
      case STARTED -> "开工";
      case PRODUCING -> "投产";
      case REGISTERED -> "注册落地";
      case LISTED -> "入库";
      case PIPELINE -> "储备";
    };
  }

  static String stageEn(CountingStage stage) {
    return switch (stage) {
      case SIGNED -> "signed";
      case STARTED -> "started";
      case PRODUCING -> "producing";
      case REGISTERED -> "registered";
      case LISTED -> "listed";
      case PIPELINE -> "in the pipeline";
    };
  }

  /** A first-tier target, year by year: "2022年总量第2位、增幅第5位(共13个,第一方阵为前5位),达标". */
  public static LocalizedText firstTier(Plan plan, Target target, List<YearAssessment> years,
      Status status, Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    LocalizedText peers = plan.peerGroup().name();
    LocalizedText body = yearByYear(years, Sentences::rankYear, reason);
    return LocalizedText.of(
        name.zh() + "总量和增幅位于" + peers.zh() + "第一方阵:" + body.zh() + "。总体"
            + status.chineseName() + "。",
        name.en() + " in the first tier of " + peers.en() + " on level and growth: " + body.en()
            + ". Overall " + status.englishName() + ".");
  }

  private static LocalizedText rankYear(YearAssessment row) {
    RankDetail r = row.ranks().orElseThrow();
    LocalizedText period = Phrases.months(row.year(), row.throughMonth().orElse(12));
    Status status = row.status().orElseThrow();
    return LocalizedText.of(
        period.zh() + "总量第" + r.totalRank() + "位、增幅第" + r.growthRank() + "位(共"
            + r.peerCount() + "个,第一方阵为前" + r.tierSize() + "位)," + status.chineseName(),
        period.en() + ": level rank " + r.totalRank() + ", growth rank " + r.growthRank()
            + " of " + r.peerCount() + " (first tier: top " + r.tierSize() + "), "
            + status.englishName());
  }

  /**
   * The years of an annual target joined: each judged year's own sentence, each year that waits
   * for figures its reason, each year that cannot be judged "2023年无法评估:" and its reason. A
   * target none of whose years says anything (the window has not started) gives its reason.
   */
  private static LocalizedText yearByYear(List<YearAssessment> years,
      Function<YearAssessment, LocalizedText> judgedYear, Optional<Reason> targetReason) {
    List<LocalizedText> sentences = new ArrayList<>();
    for (YearAssessment year : years) {
      if (year.actual().isPresent()) {
        sentences.add(judgedYear.apply(year));
      } else if (year.reason().isPresent()) {
        LocalizedText r = year.reason().get();
        sentences.add(year.pending() ? r : LocalizedText.of(year.year() + "年无法评估:" + r.zh(),
            year.year() + " not assessable: " + r.en()));
      }
    }
    return sentences.isEmpty() ? reason(targetReason.orElseThrow())
        : Phrases.join(sentences, ";", "; ");
  }

  /**
   * A cumulative amount: "实际利用外资累计完成3.36亿美元,完成目标的48.0%,…。落后。", or, NOT_ASSESSABLE,
   * "实际利用外资累计目标无法评估:…。". {@code total} is present unless there is a {@code reason}.
   */
  public static LocalizedText cumulativeAmount(Plan plan, Target target, Optional<Quantity> total,
      Optional<Pace> pace, Status status, Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      return LocalizedText.of(name.zh() + "累计目标无法评估:" + why.zh() + "。",
          name.en() + " cumulative target not assessable: " + why.en() + ".");
    }
    Quantity achieved = total.orElseThrow();
    return withPace(name.zh() + "累计完成" + Phrases.amountZh(achieved),
        name.en() + " totals " + Phrases.amountEn(achieved), pace, target.threshold(), status);
  }

  /**
   * A cumulative count: "规划期累计引进“50·20”项目9个(目标15个以上),完成目标的60.0%,…。进度正常。", or,
   * NOT_ASSESSABLE, its reason. {@code count} is present unless there is a {@code reason}.
   */
  public static LocalizedText cumulativeCount(Target target, Optional<Quantity> count,
      Optional<Pace> pace, Status status, Optional<Reason> reason) {
    if (reason.isPresent()) {
      return reason(reason.get());
    }
    String counted = count.orElseThrow().value().toPlainString();
    LocalizedText tiers = Phrases.tiers(target);
    LocalizedText rule = Phrases.rule(target);
    return withPace("规划期累计" + Phrases.countVerb(target) + tiers.zh() + "项目" + counted + target.countWord() + "(目标"
        + rule.zh() + ")",
        counted + " " + tiers.en() + " projects over the window so far (target " + rule.en()
            + ")", pace, target.threshold(), status);
  }

  /**
   * A count within a campaign: "百日攻坚(2023-04-01至2023-07-09)引进“50·20”项目4个(目标10个以上),已过50/100天,
   * 按序时应达5个。落后。", or, NOT_ASSESSABLE, its reason. The days due are said only for a floor
   * under way and not yet met.
   */
  public static LocalizedText campaignCount(Target target, Optional<Quantity> count,
      java.time.LocalDate asOf, Status status, Optional<Reason> reason) {
    TargetPeriod period = target.period().orElseThrow();
    LocalizedText label = periodLabel(period);
    LocalizedText tiers = Phrases.tiers(target);
    LocalizedText rule = Phrases.rule(target);
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      return LocalizedText.of(label.zh() + Phrases.countVerb(target) + tiers.zh() + "项目目标无法评估:"
          + why.zh() + "。",
          tiers.en() + " projects, " + label.en() + ": not assessable: " + why.en() + ".");
    }
    String counted = count.orElseThrow().value().toPlainString();
    String zh = label.zh() + Phrases.countVerb(target) + tiers.zh() + "项目" + counted
        + target.countWord() + "(目标" + rule.zh() + ")";
    String en = counted + " " + tiers.en() + " projects, " + label.en() + " (target "
        + rule.en() + ")";
    java.time.LocalDate from = period.firstDay().orElseThrow();
    java.time.LocalDate to = period.lastDay().orElseThrow();
    boolean underWay = to.isAfter(asOf) && status != Status.MET
        && target.operator().higherIsBetter();
    if (underWay) {
      long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
      long elapsed = java.time.temporal.ChronoUnit.DAYS.between(from, asOf) + 1;
      Quantity due = Quantity.of(Pacing.scheduledAmount(target.threshold().value(),
          (int) elapsed, (int) days), target.threshold().unit());
      String shown = DisplayRounding.amount(due.value()).stripTrailingZeros().toPlainString();
      zh += ",已过" + elapsed + "/" + days + "天,按序时应达" + shown + "个";
      en += ", " + elapsed + " of " + days + " days over, " + shown + " due by now";
    }
    return LocalizedText.of(zh + "。" + status.chineseName() + "。",
        en + ". " + capitalised(status.englishName()) + ".");
  }

  /**
   * "…,完成目标的72.9%,时间进度66.7%,超序时进度6.2个百分点。进度正常。", as bulletins write the pace, after
   * {@code zh} and {@code en}, then the status as a sentence of its own.
   */
  private static LocalizedText withPace(String zh, String en, Optional<Pace> pace,
      Quantity threshold, Status status) {
    StringBuilder zhText = new StringBuilder(zh);
    StringBuilder enText = new StringBuilder(en);
    pace.ifPresent(p -> {
      zhText.append(",完成目标的").append(percent(p.completion()))
          .append(",时间进度").append(percent(p.timeProgress()));
      enText.append(", ").append(percent(p.completion())).append(" of the target of ")
          .append(Phrases.amountEn(threshold))
          .append("; time progress ").append(percent(p.timeProgress()));
      int sign = p.gapPercentagePoints().signum();
      String points = Phrases.points(p.gapPercentagePoints());
      if (sign > 0) {
        zhText.append(",超序时进度").append(points).append("个百分点");
        enText.append(", ").append(points).append(" percentage points ahead of schedule");
      } else if (sign < 0) {
        zhText.append(",落后序时进度").append(points).append("个百分点");
        enText.append(", ").append(points).append(" percentage points behind schedule");
      } else {
        zhText.append(",与序时进度持平");
        enText.append(", exactly on schedule");
      }
    });
    zhText.append("。").append(status.chineseName()).append("。");
    enText.append(". ").append(capitalised(status.englishName())).append(".");
    return LocalizedText.of(zhText.toString(), enText.toString());
  }

  /**
   * A share over the window: "规划期内计入分母的项目10个,其中符合条件的7个,占比70.0%,目标高于70%。未达标。", or,
   * NOT_ASSESSABLE, "占比目标高于70%无法评估:…。". The counts are the sums of the years'; {@code share}
   * is present unless there is a {@code reason}. A share's sentence, unlike the others, does not
   * name its subject, and a plan has several shares: a target with a name is headed by it
   * ("主导工业项目占比:规划期内…").
   */
  public static LocalizedText share(Target target, Optional<Quantity> share,
      List<YearAssessment> years, Status status, Optional<Reason> reason) {
    LocalizedText rule = Phrases.rule(target);
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      // Named: "主导工业项目占比目标高于70%无法评估:…"; unnamed: "占比目标高于70%无法评估:…".
      String zhSubject = target.name().map(LocalizedText::zh).orElse("占比");
      String enSubject = target.name().map(n -> n.en() + ": target ").orElse("Share target ");
      return LocalizedText.of(zhSubject + "目标" + rule.zh() + "无法评估:" + why.zh() + "。",
          enSubject + rule.en() + " not assessable: " + why.en() + ".");
    }
    long numerator = years.stream().mapToLong(y -> y.numerator().orElse(0L)).sum();
    long denominator = years.stream().mapToLong(y -> y.denominator().orElse(0L)).sum();
    String shown = percent(share.orElseThrow().value());
    String zhName = target.name().map(n -> n.zh() + ":").orElse("");
    String enName = target.name().map(n -> n.en() + ": ").orElse("");
    ShareMeasure measure = target.share().orElseThrow().measureOrCount();
    if (measure != ShareMeasure.COUNT) {
      Quantity part = sum(years, YearAssessment::numeratorAmount);
      Quantity whole = sum(years, YearAssessment::denominatorAmount);
      String end = ",目标" + rule.zh() + "。" + status.chineseName() + "。";
      String enEnd = " against a target " + rule.en() + ". " + capitalised(status.englishName())
          + ".";
      if (measure == ShareMeasure.PAID_IN) {
        return LocalizedText.of(zhName + "规划期内计入的项目" + denominator + "个、总投资"
                + Phrases.amountZh(whole) + ",其中" + numerator + "个的实际到位资金"
                + Phrases.amountZh(part) + ",资金到位率" + shown + end,
            enName + denominator + " projects in the window invest " + Phrases.amountEn(whole)
                + "; " + numerator + " of them have " + Phrases.amountEn(part)
                + " paid in, a funding rate of " + shown + enEnd);
      }
      return LocalizedText.of(zhName + "规划期内计入分母的项目" + denominator + "个、总投资"
              + Phrases.amountZh(whole) + ",其中符合条件的" + numerator + "个、总投资"
              + Phrases.amountZh(part) + ",投资额占比" + shown + end,
          enName + numerator + " of " + denominator + " projects in the window qualify, with "
              + Phrases.amountEn(part) + " of " + Phrases.amountEn(whole)
              + " invested, a share by investment of " + shown + enEnd);
    }
    return LocalizedText.of(
        zhName + "规划期内计入分母的项目" + denominator + "个,其中符合条件的" + numerator + "个,占比" + shown
            + ",目标" + rule.zh() + "。" + status.chineseName() + "。",
        enName + numerator + " of " + denominator + " projects in the window qualify, a share of "
            + shown + " against a target " + rule.en() + ". "
            + capitalised(status.englishName()) + ".");
  }

  /**
   * A 左右 target's explanation, opened by how the file reads it: "原文为“30%左右”,按容差2个百分点读作
   * 28%以上。…" / "The text says about 30%; with a tolerance of 2 percentage points it is read as
   * at least 28%. …". Unchanged for other targets.
   */
  public static LocalizedText withTolerance(Optional<ApproximateThreshold> approximately,
      LocalizedText explanation) {
    if (approximately.isEmpty()) {
      return explanation;
    }
    Quantity written = approximately.get().written();
    Quantity tolerance = approximately.get().tolerance();
    LocalizedText floor = Phrases.rule(ComparisonOperator.AT_LEAST,
        written.minus(tolerance).to(written.unit()));
    boolean ratio = written.unit() == Unit.RATIO;
    String points = tolerance.value().movePointRight(2).stripTrailingZeros().toPlainString();
    String zhTolerance = ratio ? points + "个百分点" : tolerance.chineseText();
    String enTolerance = ratio ? points + " percentage points" : tolerance.englishText();
    return LocalizedText.of(
        "原文为“" + written.chineseText() + "左右”,按容差" + zhTolerance + "读作" + floor.zh() + "。"
            + explanation.zh(),
        "The text says about " + written.englishText() + "; with a tolerance of " + enTolerance
            + " it is read as " + floor.en() + ". " + explanation.en());
  }

  /**
   * The explanation with the stretch figure's status after it: "…。达标。力争目标32亿美元以上:落后。" /
   * "… Met. Stretch target of at least 32 (USD 100 million): behind.". Unchanged without one.
   */
  public static LocalizedText withStretch(LocalizedText explanation, Target target,
      Optional<StretchAssessment> stretch) {
    if (stretch.isEmpty()) {
      return explanation;
    }
    StretchAssessment s = stretch.get();
    LocalizedText rule = Phrases.rule(target.operator(), s.threshold());
    String zhHead = s.commitment() == Commitment.STRIVE ? "力争目标" : "更高目标";
    return LocalizedText.of(
        explanation.zh() + zhHead + rule.zh() + ":" + s.status().chineseName() + "。",
        explanation.en() + " Stretch target of " + rule.en() + ": " + s.status().englishName()
            + ".");
  }

  /**
   * An amount within a period. Each year: "省外项目实际进资全年目标120亿元以上:2022年完成126.00亿元,达标;
   * 2023年1—6月完成54.00亿元,序时进度应完成60.00亿元,落后6.00亿元,落后。总体落后。". Once: "省外项目实际进资
   * 百日攻坚(2023-04-01至2023-06-30)目标30亿元以上:已完成…。进度正常。", or, NOT_ASSESSABLE, its reason.
   */
  public static LocalizedText periodAmount(Plan plan, Target target, List<YearAssessment> years,
      Optional<Quantity> actual, Optional<Pace> pace, Status status, Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    TargetPeriod period = target.period().orElseThrow();
    LocalizedText label = periodLabel(period);
    LocalizedText rule = Phrases.rule(target);
    String zhHead = name.zh() + label.zh() + "目标" + rule.zh() + ":";
    String enHead = name.en() + ", " + label.en() + ", target " + rule.en() + ": ";
    if (period.isEachYear()) {
      LocalizedText body = yearByYear(years, row -> periodYear(target, period, row), reason);
      return LocalizedText.of(zhHead + body.zh() + "。总体" + status.chineseName() + "。",
          enHead + body.en() + ". Overall " + status.englishName() + ".");
    }
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      return LocalizedText.of(zhHead + "无法评估:" + why.zh() + "。",
          enHead + "not assessable: " + why.en() + ".");
    }
    Quantity sum = actual.orElseThrow();
    LocalizedText schedule = pace.filter(p -> p.monthsCovered() < p.monthsInSpan())
        .map(p -> schedule(target, sum, p.monthsCovered(), p.monthsInSpan()))
        .orElse(LocalizedText.of("", ""));
    return LocalizedText.of(
        zhHead + "已完成" + Phrases.amountZh(sum) + schedule.zh() + "。" + status.chineseName() + "。",
        enHead + Phrases.amountEn(sum) + " so far" + schedule.en() + ". "
            + capitalised(status.englishName()) + ".");
  }

  /** "2023年1—6月完成54.00亿元,序时进度应完成60.00亿元,落后6.00亿元,落后". */
  private static LocalizedText periodYear(Target target, TargetPeriod period,
      YearAssessment row) {
    int first = period.firstMonth(row.year()).getMonthValue();
    int last = period.lastMonth(row.year()).getMonthValue();
    int through = row.throughMonth().orElse(last);
    Quantity sum = row.actual().orElseThrow();
    Status status = row.status().orElseThrow();
    boolean underWay = through < last && target.operator().higherIsBetter()
        && status != Status.MET;
    LocalizedText schedule = underWay
        ? schedule(target, sum, through - first + 1, last - first + 1)
        : LocalizedText.of("", "");
    LocalizedText months = monthSpan(row.year(), first, through);
    return LocalizedText.of(months.zh() + "完成" + Phrases.amountZh(sum) + schedule.zh() + ","
        + status.chineseName(), months.en() + ": " + Phrases.amountEn(sum) + schedule.en() + ", "
        + status.englishName());
  }

  /** ",序时进度应完成60.00亿元,落后6.00亿元" / ", 60.00 (CNY 100 million) due by now, 6.00 … behind". */
  private static LocalizedText schedule(Target target, Quantity sum, int covered, int span) {
    Quantity due = Quantity.of(Pacing.scheduledAmount(target.threshold().value(), covered, span),
        sum.unit());
    Quantity gap = sum.minus(due);
    Quantity size = Quantity.of(gap.value().abs(), sum.unit());
    boolean ahead = gap.value().signum() >= 0;
    return LocalizedText.of(",序时进度应完成" + Phrases.amountZh(due) + "," + (ahead ? "超过" : "落后")
        + Phrases.amountZh(size), ", " + Phrases.amountEn(due) + " due by now on schedule, "
        + Phrases.amountEn(size) + (ahead ? " ahead" : " behind"));
  }

  /** "2023年1—6月", "2023年4—5月", "2023年4月" / "January–June 2023", "April–May 2023". */
  private static LocalizedText monthSpan(int year, int first, int through) {
    if (first == 1) {
      return Phrases.months(year, through);
    }
    String en = Phrases.monthName(java.time.YearMonth.of(year, first));
    if (through == first) {
      return LocalizedText.of(year + "年" + first + "月", en);
    }
    return LocalizedText.of(year + "年" + first + "—" + through + "月",
        en.substring(0, en.indexOf(' ')) + "–"
            + Phrases.monthName(java.time.YearMonth.of(year, through)));
  }

  /** "全年" / "each full year", "2023年第一季度" / "Q1 2023", "百日攻坚(2023-04-01至2023-06-30)". */
  static LocalizedText periodLabel(TargetPeriod period) {
    switch (period.kind()) {
      case YEAR:
        return period.year().map(y -> LocalizedText.of(y + "年全年", "in " + y))
            .orElse(LocalizedText.of("全年", "each full year"));
      case QUARTER: {
        int q = period.quarter().orElseThrow();
        String zhQuarter = "第" + "一二三四".charAt(q - 1) + "季度";
        return period.year().map(y -> LocalizedText.of(y + "年" + zhQuarter, "Q" + q + " " + y))
            .orElse(LocalizedText.of("每年" + zhQuarter, "Q" + q + " of each year"));
      }
      default: {
        String zhDates = period.firstDay().orElseThrow() + "至" + period.lastDay().orElseThrow();
        String enDates = period.firstDay().orElseThrow() + " to " + period.lastDay().orElseThrow();
        return period.name().map(n -> LocalizedText.of(n.zh() + "(" + zhDates + ")",
                n.en() + " (" + enDates + ")"))
            .orElse(LocalizedText.of(zhDates + "期间", "from " + enDates));
      }
    }
  }

  /**
   * A level in a year: "规上工业增加值占比到2024年40%以上:截至2024年6月为41.0%,已达到。进度正常。", once the
   * year's figure is in "…:2024年为39.0%。未达标。", or, NOT_ASSESSABLE, its reason. {@code years}
   * holds the one year of the figure used.
   */
  public static LocalizedText level(Plan plan, Target target, List<YearAssessment> years,
      Optional<Quantity> actual, Status status, Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    int year = target.period().flatMap(TargetPeriod::year).orElse(plan.window().endYear());
    LocalizedText rule = Phrases.rule(target);
    String zhHead = name.zh() + "到" + year + "年" + rule.zh() + ":";
    String enHead = name.en() + ", " + rule.en() + " by " + year + ": ";
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      return LocalizedText.of(zhHead + "无法评估:" + why.zh() + "。",
          enHead + "not assessable: " + why.en() + ".");
    }
    YearAssessment row = years.get(0);
    int through = row.throughMonth().orElse(12);
    Quantity figure = actual.orElseThrow();
    LocalizedText when = through == 12 ? LocalizedText.of(row.year() + "年", "in " + row.year())
        : LocalizedText.of("截至" + row.year() + "年" + through + "月", "through "
            + Phrases.monthName(java.time.YearMonth.of(row.year(), through)));
    boolean final_ = status == Status.MET || status == Status.MISSED;
    String zhState = final_ ? "" : status == Status.ON_TRACK ? ",已达到目标值" : ",尚未达到目标值";
    String enState = final_ ? "" : status == Status.ON_TRACK ? ", already at the target"
        : ", not yet at the target";
    return LocalizedText.of(zhHead + when.zh() + "为" + Phrases.figureZh(figure) + zhState + "。"
            + status.chineseName() + "。",
        enHead + Phrases.figureEn(figure) + " " + when.en() + enState + ". "
            + capitalised(status.englishName()) + ".");
  }

  /**
   * Average annual growth: "省外项目实际进资年均增长目标10%以上(2021—2024年):2021—2022年年均增长21.0%,其余2年
   * 每年须增长4.9%。进度正常。", or, NOT_ASSESSABLE, its reason. {@code years} holds the one year the
   * rate reaches (a full year, or the first year to date).
   */
  public static LocalizedText averageGrowth(Plan plan, Target target, List<YearAssessment> years,
      Optional<Quantity> actual, Optional<RequiredFigures> required, Status status,
      Optional<Reason> reason) {
    LocalizedText name = indicatorName(plan, target);
    int base = plan.window().baseYear();
    int end = plan.window().endYear();
    LocalizedText rule = Phrases.rule(target);
    String zhHead = name.zh() + "年均增长目标" + rule.zh() + "(" + base + "—" + end + "年):";
    String enHead = name.en() + ", average growth " + rule.en() + " a year from " + base + " to "
        + end + ": ";
    if (reason.isPresent()) {
      LocalizedText why = reason(reason.get());
      return LocalizedText.of(zhHead + "无法评估:" + why.zh() + "。",
          enHead + "not assessable: " + why.en() + ".");
    }
    YearAssessment row = years.get(0);
    BigDecimal rate = actual.orElseThrow().value();
    int through = row.throughMonth().orElse(12);
    String verbZh = rate.signum() < 0 ? "下降" : "增长";
    String verbEn = rate.signum() < 0 ? "fell" : "grew";
    LocalizedText body = through == 12
        ? LocalizedText.of(base + "—" + row.year() + "年年均" + verbZh + percent(rate.abs()),
            base + "–" + row.year() + " " + verbEn + " " + percent(rate.abs()) + " a year")
        : LocalizedText.of(Phrases.months(row.year(), through).zh() + "同比" + verbZh
                + percent(rate.abs()),
            Phrases.months(row.year(), through).en() + " " + verbEn + " " + percent(rate.abs())
                + " year on year");
    int remaining = end - row.year();
    LocalizedText need = required.map(r -> LocalizedText.of(",其余" + remaining + "年每年须增长"
            + percent(r.requiredGrowthRate()), "; the remaining " + remaining + " years need "
            + percent(r.requiredGrowthRate()) + " a year"))
        .orElse(LocalizedText.of("", ""));
    return LocalizedText.of(zhHead + body.zh() + need.zh() + "。" + status.chineseName() + "。",
        enHead + body.en() + need.en() + ". " + capitalised(status.englishName()) + ".");
  }

  /** Σ of the years' amounts picked by {@code amount}, in 亿元; 0 when no year has one. */
  private static Quantity sum(List<YearAssessment> years,
      Function<YearAssessment, Optional<Quantity>> amount) {
    Quantity total = Quantity.of(BigDecimal.ZERO, Unit.CNY_100M);
    for (YearAssessment year : years) {
      Optional<Quantity> q = amount.apply(year);
      if (q.isPresent()) {
        total = total.plus(q.get());
      }
    }
    return total;
  }

  private static LocalizedText indicatorName(Plan plan, Target target) {
    return plan.indicator(target.indicator().orElseThrow()).orElseThrow().name();
  }
}
