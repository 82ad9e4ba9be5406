package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.PlainWords;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.planmetrics.model.plans.BundledPlans;

/**
 * Every problem of observations reads as a county statistician would write it, in Chinese and in
 * English: a document that breaks every rule of the values and every check of the plan gives
 * violations that each have a Chinese message, and no message names a Java class or a Jackson
 * term. The values' own rules are checked before they can be built, so the document is JSON, read
 * as the REST API and the command line read it.
 */
class ObservationMessagesTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void everyRuleAndEveryCheckSpeaksChineseAndPlainly() throws Exception {
    ObservationsJson.Reading reading = ObservationsJson.check(everythingWrong(), PLAN);

    assertThat(reading.fieldProblems()).isEmpty();
    assertThat(reading.planProblems()).extracting(Violation::rule).contains("unknown-indicator",
        "negative-value", "bad-period", "duplicate-period", "duplicate-id", "negative-investment",
        "date-order", "missing-stage", "unknown-peer", "bad-rank", "too-large",
        "unknown-event-kind", "blank", "unknown-unit", "unknown-metric", "not-positive",
        "not-whole", "unknown-team", "unknown-direction");
    reading.planProblems().forEach(PlainWords::assertPlain);
  }

  @Test
  void aChineseMessageNamesTheFieldTheRuleAndTheValue() {
    assertThat(ProjectRules.violations("/projects/0", ProjectRules.Figures.signed(
        LocalDate.of(2022, 5, 10), Optional.of(LocalDate.of(2022, 1, 1)), Optional.empty(),
        new BigDecimal("-5"))))
        .extracting(v -> v.messageZh().orElseThrow())
        .containsExactly("'startedOn'(开工日期)不得早于签约日期'signedOn'(2022-05-10),实为2022-01-01",
            "'investment'(总投资额)不得为负数,实为-5");
  }

  /** Observations that break every rule and every check once or more. */
  static ObjectNode everythingWrong() throws Exception {
    return (ObjectNode) PlanJson.mapper().readTree("""
        {"asOf": "2023-06-30",
         "series": {"gdp": {"2022": 1},
                    "foreign-capital-utilized": {"2022": -1, "2022-12": 1, "2023-13": 1}},
         "projects": [{"id": "P-1", "signedOn": "2022-05-10", "startedOn": "2022-01-01",
                       "producingOn": "2021-01-01", "investment": -5, "team": "team-9",
                       "direction": "space-industry"},
                      {"id": "P-1", "signedOn": "2022-05-10", "producingOn": "2023-01-01",
                       "investment": 1}],
         "peers": {"2022-13": {"gongqingcheng": {"total": 1, "growth": 1}},
                   "2022": {"atlantis": {"total": 1, "growth": 1}}},
         "ranks": {"2022": {"totalRank": 14, "growthRank": 0, "peerCount": 13},
                   "2022-12": {"totalRank": 1, "growthRank": 1, "peerCount": 13},
                   "2023": {"totalRank": 20000, "growthRank": 3, "peerCount": 0}},
         "events": [{"kind": "VISITS", "date": "2023-03-02", "team": "team-2"}],
         "teams": [{"id": " ", "name": {"zh": "", "en": " "}, "units": ["trade-office"],
                    "tasks": {"2023": {"signed-investment": -5, "signed-project": 1,
                                       "signed-projects": 2.5},
                              "23": {"signed-projects": 1}}},
                   {"id": " ", "name": {"zh": "招商二组", "en": "Team 2"}}]}
        """);
  }
}
