package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PlainWords;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.plans.BundledPlans;

/**
 * Every problem {@link ObservationChecks} finds reads as a county statistician would write it, in
 * Chinese and in English: observations that break every check give violations that each have a
 * Chinese message, and no message names a Java class or a Jackson term.
 */
class ObservationMessagesTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  @Test
  void everyCheckSpeaksChineseAndPlainly() {
    List<Violation> violations = new java.util.ArrayList<>(
        ObservationChecks.violations(everythingWrong(), PLAN));
    // A project's own rules are checked before it is built: these figures cannot be built.
    violations.addAll(ProjectRules.violations("/projects/0", LocalDate.of(2022, 5, 10),
        java.util.Optional.of(LocalDate.of(2022, 1, 1)),
        java.util.Optional.of(LocalDate.of(2021, 1, 1)), new BigDecimal("-5")));
    violations.addAll(ProjectRules.violations("/projects/1", LocalDate.of(2022, 5, 10),
        java.util.Optional.empty(), java.util.Optional.of(LocalDate.of(2023, 1, 1)),
        BigDecimal.ONE));
    // So are the ranks' own rules.
    violations.addAll(RankRules.checked(14, 0, 13).violations("/ranks/2022"));
    violations.addAll(RankRules.checked(20_000, 3, 0).violations("/ranks/2023"));

    assertThat(violations).extracting(Violation::rule).contains("unknown-indicator",
        "negative-value", "bad-period", "duplicate-period", "duplicate-id", "negative-investment",
        "date-order", "missing-stage", "unknown-peer", "missing-value", "bad-rank", "too-large",
        "unknown-event-kind", "blank", "unknown-unit", "unknown-metric", "not-positive",
        "not-whole", "unknown-team", "unknown-direction");
    violations.forEach(PlainWords::assertPlain);
  }

  @Test
  void aChineseMessageNamesTheFieldTheRuleAndTheValue() {
    assertThat(ProjectRules.violations("/projects/0", LocalDate.of(2022, 5, 10),
        java.util.Optional.of(LocalDate.of(2022, 1, 1)), java.util.Optional.empty(),
        new BigDecimal("-5")))
        .extracting(v -> v.messageZh().orElseThrow())
        .containsExactly("'startedOn'(开工日期)不得早于签约日期'signedOn'(2022-05-10),实为2022-01-01",
            "'investment'(总投资额)不得为负数,实为-5");
  }

  /** Observations that break every check once or more. */
  static Observations everythingWrong() {
    Map<String, BigDecimal> tasks = new LinkedHashMap<>();
    tasks.put("signed-investment", new BigDecimal("-5"));
    tasks.put("signed-project", BigDecimal.ONE);
    tasks.put("started-projects", null);
    tasks.put("signed-projects", new BigDecimal("2.5"));
    Map<String, BigDecimal> fdi = new LinkedHashMap<>();
    fdi.put("2022", new BigDecimal("-1"));
    fdi.put("2022-12", BigDecimal.ONE);
    fdi.put("2023-13", BigDecimal.ONE);
    fdi.put("2021", null);
    Map<String, PeerFigures> peers = new LinkedHashMap<>();
    peers.put("atlantis", PeerFigures.of(BigDecimal.ONE, BigDecimal.ONE));
    peers.put("gongqingcheng", null);
    return Observations.builder()
        .asOf(LocalDate.of(2023, 6, 30))
        .putSeries("gdp", Map.of("2022", BigDecimal.ONE))
        .putSeries("foreign-capital-utilized", fdi)
        .addProjects(LedgerProject.builder().id("P-1").signedOn(LocalDate.of(2022, 5, 10))
            .investment(BigDecimal.ONE).team("team-9").direction("space-industry").build())
        .addProjects(LedgerProject.builder().id("P-1").signedOn(LocalDate.of(2022, 5, 10))
            .investment(BigDecimal.ONE).build())
        .putPeers("2022-13", peers)
        .putRanks("2022", PublishedRanks.of(1, 1, 13))
        .putRanks("2022-12", PublishedRanks.of(1, 1, 13))
        .addEvents(LoggedEvent.builder().kind("VISITS").date(LocalDate.of(2023, 3, 2))
            .team("team-2").build())
        .addTeams(RosterTeam.builder().id(" ").name(LocalizedText.of("", " "))
            .addUnits("trade-office").putTasks("2023", tasks)
            .putTasks("23", Map.of("signed-projects", BigDecimal.ONE)).build())
        .addTeams(RosterTeam.builder().id(" ").name(LocalizedText.of("招商二组", "Team 2")).build())
        .build();
  }
}
