package org.planmetrics.metrics.wording;

import static org.planmetrics.metrics.wording.Phrases.capitalised;

import java.util.ArrayList;
import java.util.List;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.UncountedDuty;

/**
 * The sentences of the plan's duties, in Chinese and English: how a cadence was kept, for example
 * "招商组团小分队会议要求每月不少于2次,自2023-01起计:已结束的18个月均达到要求。进度正常。" / "…, at least 2 per
 * month, counted from 2023-01: all 18 finished months complied. On track.", and why a duty without
 * a number is not scored. {@link Sentences} words the targets; the two share {@link Phrases}.
 */
public final class DutySentences {

  /**
   * The most cadence shortfall runs an explanation names; the rest are in the result's {@code
   * shortfalls}. Five keeps the sentence readable aloud, and in a typical log the first runs are
   * where the gaps began.
   */
  public static final int RUNS_NAMED = 5;

  private DutySentences() {}

  /**
   * How a cadence was kept, from the first period counted ({@code countsFrom}):
   * "招商组团小分队会议要求每月不少于2次,自2023-01起计:已结束的18个月中2个月未达到要求(2023-03为1次;2023-05为0次)。未达标。",
   * naming at most {@link #RUNS_NAMED} runs of short periods.
   */
  public static LocalizedText cadence(CadenceRequirement requirement, String countsFrom,
      int periodsChecked, List<CadenceShortfall> runs, Status status) {
    CadencePeriod period = requirement.period();
    String periodEn = period.englishName();
    int periodsShort = CadenceShortfall.periodsIn(runs);
    LocalizedText named = runsNamed(runs, period);
    String year = period == CadencePeriod.YEAR ? "年" : "";
    // "18个月中1个月未达到要求", not "1个": the count keeps its period's measure word; and when
    // every period fell short, or none did, one word says so (均).
    String zhFound = periodsChecked == 0 ? "尚无已结束的周期" : runs.isEmpty() ? "均达到要求"
        : periodsShort == periodsChecked ? "均未达到要求(" + named.zh() + ")"
        : "中" + periodsShort + period.chineseCounted() + "未达到要求(" + named.zh() + ")";
    String finished = periodsChecked == 1 ? "the 1 finished " + periodEn
        : "all " + periodsChecked + " finished " + periodEn + "s";
    String enFound = periodsChecked == 0 ? "no " + periodEn + " has finished yet"
        : runs.isEmpty() ? finished + " complied"
        : periodsShort == periodsChecked ? finished + " fell short (" + named.en() + ")"
        : periodsShort + " of " + periodsChecked + " finished " + periodEn + "s fell short ("
            + named.en() + ")";
    return LocalizedText.of(
        requirement.name().zh() + "要求每" + period.chineseName() + "不少于"
            + requirement.minimumCount() + "次,自" + countsFrom + year + "起计:"
            + (periodsChecked == 0 ? "" : "已结束的" + periodsChecked + period.chineseCounted())
            + zhFound
            + "。" + status.chineseName() + "。",
        requirement.name().en() + ", at least " + requirement.minimumCount() + " per " + periodEn
            + ", counted from " + countsFrom + ": " + enFound
            + ". " + capitalised(status.englishName()) + ".");
  }

  /**
   * The first {@link #RUNS_NAMED} runs, one phrase each, joined as the target explanations join
   * their years: "2022-03为1次;2022-05至2022-07每月均为0次" / "2022-03 had 1; 2022-05 to 2022-07 had 0
   * each", then 等 / "; …" if there are more. Years read "2022年", as a bare "2022" would not.
   */
  private static LocalizedText runsNamed(List<CadenceShortfall> runs, CadencePeriod period) {
    String year = period == CadencePeriod.YEAR ? "年" : "";
    List<LocalizedText> phrases = new ArrayList<>();
    for (CadenceShortfall run : runs.subList(0, Math.min(runs.size(), RUNS_NAMED))) {
      phrases.add(run.single()
          ? LocalizedText.of(run.from() + year + "为" + run.countEach() + "次",
              run.from() + " had " + run.countEach())
          : LocalizedText.of(run.from() + year + "至" + run.to() + year + "每"
                  + period.chineseName() + "均为" + run.countEach() + "次",
              run.from() + " to " + run.to() + " had " + run.countEach() + " each"));
    }
    LocalizedText named = Phrases.join(phrases, ";", "; ");
    return runs.size() > RUNS_NAMED ? LocalizedText.of(named.zh() + "等", named.en() + "; …")
        : named;
  }

  /**
   * Why a duty without a number is listed but not scored, quoting the plan: "全市招商引资项目推进会:
   * 方案只写“定期召开全市招商引资项目推进会”(五.2),未规定次数,列出但不评分。" / "City-wide investment project
   * progress meeting: the plan says only “regularly hold city-wide investment project progress
   * meetings” (五.2) and sets no number, so it is listed but not scored.".
   */
  public static LocalizedText uncounted(UncountedDuty duty) {
    return LocalizedText.of(
        duty.name().zh() + ":方案只写“" + duty.text().zh() + "”(" + duty.clause()
            + "),未规定次数,列出但不评分。",
        duty.name().en() + ": the plan says only “" + duty.text().en() + "” (" + duty.clause()
            + ") and sets no number, so it is listed but not scored.");
  }
}
