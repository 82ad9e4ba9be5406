package org.planmetrics.metrics.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.metrics.assessment.Fixtures.FDI;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.PlanJson;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder4;

/**
 * The same rules of the whole hold whichever way observations are made: what Java builds, JSON
 * reads without a problem, and what Java refuses, JSON refuses at the pointer Java names, with
 * the same value; the stand-ins a reader builds with always keep the rules.
 */
class ObservationRulesProperties {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** A few of a small pool, so that a key or an id given twice comes up often. */
  private static Gen<List<String>> someOf(String... pool) {
    return lists().of(arbitrary().pick(List.of(pool))).ofSizeBetween(0, 4);
  }

  /**
   * Keys of a series and of the ranks (some no period, some the same period), projects as
   * {@code id} or {@code id:team}, and the roster's ids.
   */
  private static TheoryBuilder4<List<String>, List<String>, List<String>, List<String>> any() {
    return qt().withExamples(1000).forAll(
        someOf("2022", "2022-12", "2022-06", "2023-13", "23", "2023"),
        someOf("2022", "2022-12", "2023", "2023-6"),
        someOf("A", "B", "A:t1", "B:t9"),
        lists().of(arbitrary().pick(List.of("t1", "t2"))).ofSizeBetween(0, 2));
  }

  private static Observations.Builder java(List<String> seriesKeys, List<String> rankKeys,
      List<String> projects, List<String> teams) {
    Observations.Builder o = Observations.builder().asOf(AS_OF);
    Map<String, BigDecimal> series = new LinkedHashMap<>();
    seriesKeys.forEach(key -> series.put(key, BigDecimal.ONE));
    if (!series.isEmpty()) {
      o.putSeries(FDI, series);
    }
    rankKeys.forEach(key -> o.putRanks(key, PublishedRanks.of(1, 1, 13)));
    for (String project : projects) {
      String[] idAndTeam = project.split(":");
      LedgerProject.Builder p = LedgerProject.builder().id(idAndTeam[0])
          .signedOn(LocalDate.of(2023, 1, 1)).investment(BigDecimal.TEN);
      if (idAndTeam.length > 1) {
        p.team(idAndTeam[1]);
      }
      o.addProjects(p.build());
    }
    teams.forEach(id -> o.addTeams(RosterTeam.builder().id(id)
        .name(LocalizedText.of("组", "Team")).build()));
    return o;
  }

  private static ObjectNode json(List<String> seriesKeys, List<String> rankKeys,
      List<String> projects, List<String> teams) {
    ObjectNode body = PlanJson.mapper().createObjectNode();
    body.put("asOf", AS_OF.toString());
    if (!seriesKeys.isEmpty()) {
      ObjectNode series = body.putObject("series").putObject(FDI);
      seriesKeys.forEach(key -> series.put(key, BigDecimal.ONE));
    }
    ObjectNode ranks = body.putObject("ranks");
    rankKeys.forEach(key -> ranks.putObject(key).put("totalRank", 1).put("growthRank", 1)
        .put("peerCount", 13));
    ArrayNode ledger = body.putArray("projects");
    for (String project : projects) {
      String[] idAndTeam = project.split(":");
      ObjectNode p = ledger.addObject().put("id", idAndTeam[0]).put("signedOn", "2023-01-01")
          .put("investment", BigDecimal.TEN);
      if (idAndTeam.length > 1) {
        p.put("team", idAndTeam[1]);
      }
    }
    ArrayNode roster = body.putArray("teams");
    teams.forEach(id -> roster.addObject().put("id", id).putObject("name").put("zh", "组")
        .put("en", "Team"));
    return body;
  }

  @Test
  void javaBuildsObservationsExactlyWhenJsonReadsThemWithoutAProblem() {
    any().checkAssert((seriesKeys, rankKeys, projects, teams) -> {
      InvalidArgumentException refused = null;
      Observations built = null;
      try {
        built = java(seriesKeys, rankKeys, projects, teams).build();
      } catch (InvalidArgumentException e) {
        refused = e;
      }

      ObservationsJson.Reading reading = ObservationsJson.check(
          json(seriesKeys, rankKeys, projects, teams), PLAN);
      assertThat(reading.fieldProblems()).isEmpty();

      if (built != null) {
        assertThat(reading.planProblems()).isEmpty();
        assertThat(reading.observations()).contains(built);
      } else {
        assertThat(reading.observations()).isEmpty();
        Violation first = reading.planProblems().get(0);
        assertThat(first.path()).isEqualTo("/" + refused.argument());
        assertThat(first.value()).hasValue(refused.value());
      }
    });
  }

  @Test
  void standInsKeepEveryRuleAndChangeNothingThatDoes() {
    any().checkAssert((seriesKeys, rankKeys, projects, teams) -> {
      // The parts as a reader gathers them: each value built, the whole not yet.
      Observations.Builder valid = java(List.of(), List.of(), List.of(), List.of());
      Map<String, BigDecimal> series = new LinkedHashMap<>();
      seriesKeys.forEach(key -> series.put(key, BigDecimal.ONE));
      Map<String, PublishedRanks> ranks = new LinkedHashMap<>();
      rankKeys.forEach(key -> ranks.put(key, PublishedRanks.of(1, 1, 13)));
      ObservationRules.Parts parts = new ObservationRules.Parts(AS_OF,
          series.isEmpty() ? Map.of() : Map.of(FDI, series),
          projects.stream().map(ObservationRulesProperties::project).toList(),
          Map.of(), ranks, List.of(), teams.stream().map(id -> RosterTeam.builder()
              .id(id).name(LocalizedText.of("组", "Team")).build()).toList());

      Checked<Observations> checked = ObservationRules.checked(parts);
      Observations standIn = checked.value();

      assertThat(ObservationRules.broken(new ObservationRules.Parts(standIn.asOf(),
          standIn.series(), standIn.projects(), standIn.peers(), standIn.ranks(),
          standIn.events(), standIn.teams()))).isEmpty();
      if (checked.isAsGiven()) {
        assertThat(standIn).isEqualTo(valid.series(parts.series()).ranks(ranks)
            .projects(parts.projects()).teams(parts.teams()).build());
      }
    });
  }

  private static LedgerProject project(String spec) {
    String[] idAndTeam = spec.split(":");
    return LedgerProject.builder().id(idAndTeam[0]).signedOn(LocalDate.of(2023, 1, 1))
        .investment(BigDecimal.TEN)
        .team(Optional.ofNullable(idAndTeam.length > 1 ? idAndTeam[1] : null)).build();
  }
}
