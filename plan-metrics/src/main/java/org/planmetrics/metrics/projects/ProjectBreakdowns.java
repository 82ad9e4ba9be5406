package org.planmetrics.metrics.projects;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.TierCounts;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.observation.RosterTeam;
import org.planmetrics.metrics.result.ProjectBreakdown;
import org.planmetrics.metrics.result.ProjectGroup;
import org.planmetrics.metrics.wording.ProjectSentences;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;

/**
 * The key directions measured (三.1–三.8): the projects signed from 1 January of the window's
 * first year through the observations' {@code asOf}, grouped by the key direction they name and
 * by the team that follows them. Each group has its projects, its investment (亿元), its share of
 * the investment of all projects counted (empty when that is 0), and its major projects (those
 * whose investment is in a tier band of the plan, “100” or “50·20”). Every key direction and every
 * roster team is listed, with zeros if nothing falls in it, and then the projects that name none.
 *
 * <p>Example, the sample data as of 2024-06-30: 13 projects, 691.5 亿元; 新兴壮大 (emerging
 * industries) holds 4 of them, 308 亿元 (44.5%), all 4 major; the 5 projects of 2022 name no
 * direction.
 */
public final class ProjectBreakdowns {

  private ProjectBreakdowns() {}

  /**
   * The breakdown of {@code observations}' ledger by {@code plan}'s key directions and the
   * roster's teams.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ProjectBreakdown breakdown(Plan plan, Observations observations) {
    requireNonNull(plan, "'plan' must not be null");
    requireNonNull(observations, "'observations' must not be null");
    LocalDate from = LocalDate.of(plan.window().startYear(), 1, 1);
    LocalDate asOf = observations.asOf();
    List<LedgerProject> counted = new ArrayList<>();
    for (LedgerProject project : observations.projects()) {
      if (project.signedWithin(from, asOf)) {
        counted.add(project);
      }
    }
    BigDecimal total = counted.stream().map(LedgerProject::investment)
        .reduce(BigDecimal.ZERO, BigDecimal::add);

    Map<String, LocalizedText> directions = new LinkedHashMap<>();
    for (KeyDirection direction : plan.keyDirections()) {
      directions.put(direction.id(), direction.title());
    }
    Map<String, LocalizedText> teams = new LinkedHashMap<>();
    for (RosterTeam team : observations.teams()) {
      teams.putIfAbsent(team.id(), team.name());
    }
    return ProjectBreakdown.builder()
        .planId(plan.id())
        .from(from)
        .asOf(asOf)
        .projects(counted.size())
        .investment(total)
        .byDirection(groups(plan, counted, total, directions, LedgerProject::direction,
            ProjectSentences.noDirection()))
        .byTeam(groups(plan, counted, total, teams, LedgerProject::team,
            ProjectSentences.noTeam()))
        .build();
  }

  /**
   * One group per entry of {@code names}, in its order, then one for the projects whose key is
   * empty or not among {@code names} (a Java caller's unchecked observations).
   */
  private static List<ProjectGroup> groups(Plan plan, List<LedgerProject> projects,
      BigDecimal total, Map<String, LocalizedText> names,
      Function<LedgerProject, Optional<String>> key, LocalizedText noneName) {
    Map<String, List<LedgerProject>> byKey = new LinkedHashMap<>();
    names.keySet().forEach(id -> byKey.put(id, new ArrayList<>()));
    List<LedgerProject> none = new ArrayList<>();
    for (LedgerProject project : projects) {
      Optional<String> id = key.apply(project).filter(byKey::containsKey);
      if (id.isPresent()) {
        byKey.get(id.get()).add(project);
      } else {
        none.add(project);
      }
    }
    List<ProjectGroup> groups = new ArrayList<>();
    byKey.forEach((id, members) ->
        groups.add(group(plan, Optional.of(id), names.get(id), members, total)));
    groups.add(group(plan, Optional.empty(), noneName, none, total));
    return groups;
  }

  /**
   * part ÷ whole, empty when whole is 0. A part of 0 gives 0 itself: 0 ÷ 691.5 would be 0E+1,
   * which JSON writes as 0 and reads back as a value that is not equal to it.
   */
  private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.signum() == 0 ? BigDecimal.ZERO
        : part.divide(whole, Precision.MATH_CONTEXT));
  }

  private static ProjectGroup group(Plan plan, Optional<String> id, LocalizedText name,
      List<LedgerProject> members, BigDecimal total) {
    BigDecimal investment = members.stream().map(LedgerProject::investment)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    int major = (int) members.stream().filter(p -> !TierCounts.tiersOf(
        p.investmentAmount(), p.foreignCapitalAmount(), plan.projectTiers()).isEmpty()).count();
    return ProjectGroup.builder()
        .id(id)
        .name(name)
        .projects(members.size())
        .investment(investment)
        .investmentShare(share(investment, total))
        .majorProjects(major)
        .build();
  }
}
