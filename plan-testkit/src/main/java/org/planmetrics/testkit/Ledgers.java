package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.Plan;

/**
 * Random project ledgers (项目台账) for a plan, for example three projects signed in 2023 of 0,
 * 19.9999 and 20 亿元: lists of {@link LedgerProject} that {@code ObservationChecks} accepts for
 * that plan.
 */
public final class Ledgers {

  /** The most projects in an ordinary ledger: 25, enough to fill every tier of a plan. */
  public static final int MAX_PROJECTS = 25;

  /** One project in this many is in the pipeline (储备) and not yet signed. */
  public static final int PIPELINE_ONLY_ONE_IN = 6;

  private Ledgers() {}

  /**
   * Ledgers of 1 to {@value #MAX_PROJECTS} projects for {@code plan}, and, one draw in {@value
   * Generator#EDGE_CASE_ONE_IN}, an empty ledger. Every project keeps its own rules (an
   * investment not below 0, a start on or after signing, production on or after the start and
   * only with one); ids are unique ({@code P-1}, {@code P-2}, …); each is signed from a year
   * before the plan's window to its last day, one in four of them after a time in the pipeline
   * (储备, {@code pipelineOn} up to a year before signing), except one project in {@value
   * #PIPELINE_ONLY_ONE_IN}, which is in the pipeline on that day and not yet signed, so that every
   * report of signed projects meets one to leave out; its investment comes from {@link
   * TierRules#investmentsAround} the plan's tiers, so tier bounds come up often; its industry
   * flags and investor types are drawn; it may name a key direction of the plan; it names no
   * team (see {@link PlanObservations}, which draws a roster).
   */
  public static Generator<List<LedgerProject>> validFor(Plan plan) {
    return validFor(plan, List.of());
  }

  /** As {@link #validFor(Plan)}, with projects that may name one of {@code teamIds}. */
  static Generator<List<LedgerProject>> validFor(Plan plan, List<String> teamIds) {
    Objects.requireNonNull(plan, "'plan' must not be null");
    Generator<BigDecimal> investments = TierRules.investmentsAround(plan.projectTiers());
    Generator<LocalDate> signingDays = Dates.between(plan.window().firstDay().minusYears(1),
        plan.window().lastDay());
    List<String> directions = plan.keyDirections().stream().map(KeyDirection::id).toList();
    Generator<List<LedgerProject>> ordinary = random -> {
      int count = 1 + random.nextInt(MAX_PROJECTS);
      List<LedgerProject> projects = new ArrayList<>(count);
      for (int i = 1; i <= count; i++) {
        projects.add(project(random, "P-" + i, signingDays.next(random), investments.next(random),
            directions, teamIds));
      }
      return List.copyOf(projects);
    };
    return ordinary.withEdgeCases(random -> List.of());
  }

  private static LedgerProject project(RandomGenerator random, String id, LocalDate signedOn,
      BigDecimal investment, List<String> directions, List<String> teamIds) {
    LedgerProject.Builder project = LedgerProject.builder().id(id)
        .investment(investment)
        .industrial(random.nextBoolean())
        .leadingIndustry(random.nextBoolean())
        .strategicEmerging(random.nextBoolean());
    boolean pipelineOnly = random.nextInt(PIPELINE_ONLY_ONE_IN) == 0;
    if (pipelineOnly) {
      project.pipelineOn(signedOn);
    } else {
      project.signedOn(signedOn);
      if (random.nextInt(4) == 0) {
        project.pipelineOn(signedOn.minusDays(random.nextInt(366)));
      }
    }
    for (InvestorType type : InvestorType.values()) {
      if (random.nextInt(4) == 0) {
        project.addInvestorTypes(type);
      }
    }
    if (!pipelineOnly && random.nextBoolean()) {
      // Started on the day of signing or up to two years later; producing only once started.
      LocalDate started = signedOn.plusDays(random.nextInt(731));
      project.startedOn(started);
      if (random.nextBoolean()) {
        project.producingOn(started.plusDays(random.nextInt(731)));
      }
    }
    if (!directions.isEmpty() && random.nextBoolean()) {
      project.direction(directions.get(random.nextInt(directions.size())));
    }
    if (!teamIds.isEmpty() && random.nextBoolean()) {
      project.team(teamIds.get(random.nextInt(teamIds.size())));
    }
    return project.build();
  }
}
