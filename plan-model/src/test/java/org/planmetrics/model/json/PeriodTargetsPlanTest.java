package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.model.json.MinimalPlanText.minimal;
import static org.planmetrics.model.json.MinimalPlanText.refusal;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.PeriodKind;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.Violation;

/**
 * Plan files with an amount in one period: the minimal plan (window 2030–2032) with its total
 * target rewritten as a PERIOD_AMOUNT target, each year, in a named year, in a quarter or in a
 * dated campaign, and the periods the validator refuses, each at its JSON Pointer.
 */
class PeriodTargetsPlanTest {

  private static final String TOTAL_KIND = "\"kind\": \"CUMULATIVE_AMOUNT\",";

  @Test
  void anAmountEachYearReadsWithAYearPeriod() throws IOException {
    Plan plan = PlanFiles.read(withPeriod("{\"kind\": \"YEAR\"}"), "test");

    Target target = plan.goals().get(0).targets().get(1);
    assertThat(target.kind()).isEqualTo(TargetKind.PERIOD_AMOUNT);
    assertThat(target.period()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(PeriodKind.YEAR);
      assertThat(p.isEachYear()).isTrue();
    });
    assertThat(PlanFiles.read(PlanFiles.write(plan), "again")).isEqualTo(plan);
  }

  @Test
  void aCampaignKeepsItsDatesAndName() throws IOException {
    Plan plan = PlanFiles.read(withPeriod("{\"kind\": \"DATES\", \"from\": \"2031-04-01\", "
        + "\"to\": \"2031-06-30\", \"name\": {\"zh\": \"百日攻坚\", \"en\": \"Hundred-day drive\"}}"),
        "test");

    assertThat(plan.goals().get(0).targets().get(1).period()).hasValueSatisfying(p -> {
      assertThat(p.firstDay()).contains(LocalDate.of(2031, 4, 1));
      assertThat(p.lastDay()).contains(LocalDate.of(2031, 6, 30));
      assertThat(p.isEachYear()).isFalse();
      assertThat(p.isWholeMonths()).isTrue();
    });
    String written = PlanFiles.write(plan);
    assertThat(written).contains("\"from\" : \"2031-04-01\"", "\"to\" : \"2031-06-30\"");
    assertThat(PlanFiles.read(written, "again")).isEqualTo(plan);
  }

  @Test
  void aFirstQuarterOfANamedYearIsJudgedOnce() throws IOException {
    Plan plan = PlanFiles.read(withPeriod("{\"kind\": \"QUARTER\", \"quarter\": 1, "
        + "\"year\": 2031}"), "test");

    assertThat(plan.goals().get(0).targets().get(1).period()).hasValueSatisfying(p -> {
      assertThat(p.isEachYear()).isFalse();
      assertThat(p.firstMonth(2031)).hasToString("2031-01");
      assertThat(p.lastMonth(2031)).hasToString("2031-03");
    });
  }

  @ParameterizedTest(name = "{0} -> {1} [{2}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # period                                                              | pointer                              | rule             | message (zh first)
      "{""kind"": ""QUARTER""}"                                             | /goals/0/targets/1/period/quarter    | missing-field    | QUARTER时段须有'quarter'
      "{""kind"": ""YEAR"", ""quarter"": 2}"                                | /goals/0/targets/1/period/quarter    | unexpected-field | YEAR时段不得有'quarter'
      "{""kind"": ""DATES"", ""from"": ""2031-04-01""}"                     | /goals/0/targets/1/period/to         | missing-field    | DATES时段须有'to'
      "{""kind"": ""YEAR"", ""from"": ""2031-04-01""}"                      | /goals/0/targets/1/period/from       | unexpected-field | YEAR时段不得有'from'
      "{""kind"": ""DATES"", ""from"": ""2031-06-30"", ""to"": ""2031-04-01""}" | /goals/0/targets/1/period/to     | period-order     | 时段的'to'不得早于'from'(2031-06-30),实为2031-04-01
      "{""kind"": ""YEAR"", ""year"": 2029}"                                | /goals/0/targets/1/period/year       | outside-window   | 时段的'year'须在规划期2030—2032年内,实为2029
      "{""kind"": ""DATES"", ""from"": ""2032-12-01"", ""to"": ""2033-01-31""}" | /goals/0/targets/1/period/to     | outside-window   | 时段的'to'须在规划期2030-01-01至2032-12-31内,实为2033-01-31
      "{""kind"": ""DATES"", ""year"": 2031, ""from"": ""2031-04-01"", ""to"": ""2031-06-30""}" | /goals/0/targets/1/period/year | unexpected-field | DATES时段不得有'year',其日期已说明年份
      """)
  void aPeriodWithTheWrongFieldsIsRefusedAtThatField(String period, String pointer, String rule,
      String messageZh) throws IOException {
    InvalidPlanException e = refusal(withPeriod(period));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pointer, rule));
    assertThat(e.violations().get(0).messageZh()).contains(messageZh);
  }

  @Test
  void aPeriodAmountWithoutAPeriodIsRefused() throws IOException {
    InvalidPlanException e = refusal(minimal().replace(TOTAL_KIND,
        "\"kind\": \"PERIOD_AMOUNT\","));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/period", "missing-field"));
    assertThat(e.violations().get(0).messageZh()).hasValueSatisfying(m ->
        assertThat(m).startsWith("PERIOD_AMOUNT类目标须有'period'"));
  }

  @Test
  void aCumulativeAmountWithAPeriodIsRefused() throws IOException {
    InvalidPlanException e = refusal(minimal().replace(TOTAL_KIND,
        TOTAL_KIND + " \"period\": {\"kind\": \"YEAR\"},"));

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/1/period", "unexpected-field"));
  }

  @Test
  void aCountTakesACampaignsDatesAndNoOtherPeriod() throws IOException {
    String campaign = "{\"kind\": \"DATES\", \"from\": \"2031-04-01\", \"to\": \"2031-07-09\"}";
    Plan plan = PlanFiles.read(withCount(campaign), "test");
    InvalidPlanException e = refusal(withCount("{\"kind\": \"YEAR\"}"));

    assertThat(plan.target("campaign-count").orElseThrow().period()).isPresent();
    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("/goals/0/targets/0/period/kind", "invalid-value"));
    assertThat(e.violations().get(0).messageZh()).contains(
        "CUMULATIVE_COUNT类目标的时段'kind'须为DATES(专项行动的起止日期),实为YEAR");
  }

  /** The minimal plan with a count of large projects over {@code period} as its first target. */
  private static String withCount(String period) throws IOException {
    String json = minimal();
    String first = "\"targets\": [\n";
    assertThat(json).contains(first);
    return json.replace(first, first + "{\"id\": \"campaign-count\", \"clause\": \"1\", "
        + "\"text\": {\"zh\": \"百日攻坚期间引进大项目3个以上\", \"en\": \"at least 3 large projects\"}, "
        + "\"kind\": \"CUMULATIVE_COUNT\", \"projects\": {\"tiers\": [\"large\"]}, "
        + "\"period\": " + period + ", \"operator\": \"AT_LEAST\", "
        + "\"threshold\": {\"value\": 3, \"unit\": \"COUNT\"}, \"commitment\": \"PLAIN\"},\n");
  }

  @Test
  void anUnknownPeriodKindIsRefusedByTheSchema() throws IOException {
    InvalidPlanException e = refusal(withPeriod("{\"kind\": \"MONTH\"}"));

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("/goals/0/targets/1/period/kind");
  }

  @Test
  void twoAmountsThatDifferOnlyInTheirPeriodAreNotRepeats() throws IOException {
    String json = withPeriod("{\"kind\": \"YEAR\"}");
    String first = json.substring(json.indexOf("{\n          \"id\": \"capital-total\""),
        json.indexOf("{\n          \"id\": \"large-share\""));
    String second = first.replace("capital-total", "capital-first-quarter")
        .replace("{\"kind\": \"YEAR\"}", "{\"kind\": \"QUARTER\", \"quarter\": 1}");

    Plan plan = PlanFiles.read(json.replace(first, first + second), "test");

    assertThat(plan.targets()).hasSize(4);
  }

  /** The minimal plan with its total target made a PERIOD_AMOUNT target over {@code period}. */
  private static String withPeriod(String period) throws IOException {
    String json = minimal();
    assertThat(json).contains(TOTAL_KIND);
    return json.replace(TOTAL_KIND, "\"kind\": \"PERIOD_AMOUNT\", \"period\": " + period + ",");
  }
}
