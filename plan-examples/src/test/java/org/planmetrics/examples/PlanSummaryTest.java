package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Language;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.quantity.Unit;

class PlanSummaryTest {

  @Test
  void theSummaryListsEveryTargetWithItsRuleAsPeopleReadIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanSummary.print(BundledPlans.gongqingcheng2022(), Language.EN,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Window: 2022–2024");
    assertThat(out).containsPattern("leading-industry-share\\s+> 70%");
    assertThat(out).containsPattern("fdi-growth\\s+≥ 7%");
    assertThat(out).containsPattern(
        "out-of-province-capital-cumulative\\s+≥ 304.2 \\(CNY 100 million\\)");
    // English output has no Chinese unit in it: the units print in the language asked for.
    assertThat(out.lines().filter(line -> line.startsWith("  "))).noneMatch(
        line -> line.matches(".*\\p{IsHan}.*"));
    // Ten cadences: the document's nine and 五.4's weekly newsletter (招商简讯).
    assertThat(out).contains("8 key directions, 11 measures, 4 safeguards, 10 cadences");
  }

  @Test
  void theChineseSummaryWritesUnitsInChinese() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PlanSummary.print(BundledPlans.gongqingcheng2022(), Language.ZH,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .containsPattern("out-of-province-capital-cumulative\\s+≥ 304.2亿元");
  }

  @Test
  void ratiosArePrintedAsPercentagesAndUnitsInTheLanguageAskedFor() {
    assertThat(PlanSummary.forPeople(Quantity.ratio("0.07"), Language.EN)).isEqualTo("7%");
    assertThat(PlanSummary.forPeople(Quantity.ratio("0.305"), Language.ZH)).isEqualTo("30.5%");
    assertThat(PlanSummary.forPeople(Quantity.count(15), Language.ZH)).isEqualTo("15个");
    assertThat(PlanSummary.forPeople(Quantity.of("7", Unit.USD_100M), Language.EN))
        .isEqualTo("7 (USD 100 million)");
    assertThat(PlanSummary.forPeople(Quantity.of("7", Unit.USD_100M), Language.ZH))
        .isEqualTo("7亿美元");
  }
}
