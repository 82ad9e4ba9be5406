package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Language;
import org.planmetrics.model.quantity.Quantity;

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
    assertThat(out).containsPattern("out-of-province-capital-cumulative\\s+≥ 304.2 亿元");
    // Ten cadences: the document's nine and 五.4's weekly newsletter (招商简讯).
    assertThat(out).contains("8 key directions, 11 measures, 4 safeguards, 10 cadences");
  }

  @Test
  void ratiosArePrintedAsPercentages() {
    assertThat(PlanSummary.forPeople(Quantity.ratio("0.07"))).isEqualTo("7%");
    assertThat(PlanSummary.forPeople(Quantity.ratio("0.305"))).isEqualTo("30.5%");
    assertThat(PlanSummary.forPeople(Quantity.count(15))).isEqualTo("15 个");
  }
}
