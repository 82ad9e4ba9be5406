package org.planmetrics.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules of a target's project selection, for counts and for both sides of a share: tiers that
 * exist, each named once, and selections that some project could meet.
 *
 * <p>A selection that no project can meet makes its target impossible to judge:
 * <ul>
 *   <li>{@code topInvestor: true} when the plan lists no {@code topInvestorTypes}: no investor is
 *       a top investor, so no project is selected;
 *   <li>a share's numerator that contradicts its denominator. The numerator is counted among the
 *       denominator's projects ({@link AbstractShareDefinition}), so a numerator asking
 *       {@code industrial: false} of a denominator asking {@code industrial: true}, or tiers none
 *       of which the denominator names while bands are {@link BandMode#EXCLUSIVE}, selects
 *       nothing and the share is always 0.
 * </ul>
 */
final class ProjectSelectionChecks {

  private final Plan plan;
  private final ViolationList out;
  private final Set<String> tierIds;

  ProjectSelectionChecks(Plan plan, ViolationList out, Set<String> tierIds) {
    this.plan = plan;
    this.out = out;
    this.tierIds = tierIds;
  }

  /** Checks the selection at {@code path}, for example {@code /goals/1/targets/0/projects}. */
  void check(String path, ProjectCriteria criteria) {
    List<String> tiers = criteria.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      out.reference(path + "/tiers/" + i, "project tier", tiers.get(i), tierIds);
    }
    out.repeatedEntries(path + "/tiers", "tiers", "tier", tiers);
    if (criteria.topInvestor().orElse(false)
        && plan.projectTiers().topInvestorTypes().isEmpty()) {
      out.add(path + "/topInvestor", "matches-nothing", "'topInvestor' true selects no project "
          + "because the plan's 'projectTiers/topInvestorTypes' is empty",
          "'topInvestor'为true时选不到任何项目,因为本方案的'projectTiers/topInvestorTypes'为空", "true");
    }
  }

  /** Checks both sides of the share at {@code path}, then whether they can meet. */
  void check(String path, ShareDefinition share) {
    check(path + "/numerator", share.numerator());
    check(path + "/denominator", share.denominator());
    ProjectCriteria numerator = share.numerator();
    ProjectCriteria denominator = share.denominator();
    String at = path + "/numerator/";
    contradiction(at + "industrial", numerator, denominator, ProjectCriteria::industrial);
    contradiction(at + "leadingIndustry", numerator, denominator,
        ProjectCriteria::leadingIndustry);
    contradiction(at + "strategicEmerging", numerator, denominator,
        ProjectCriteria::strategicEmerging);
    contradiction(at + "topInvestor", numerator, denominator, ProjectCriteria::topInvestor);
    boolean tiersKnown = tierIds.containsAll(numerator.tiers())
        && tierIds.containsAll(denominator.tiers());
    // Only exclusive bands are disjoint: nested tiers share their larger projects. A tier that
    // does not exist is reported as such and not again here.
    if (plan.projectTiers().bandMode() == BandMode.EXCLUSIVE && tiersKnown
        && !numerator.tiers().isEmpty() && !denominator.tiers().isEmpty()
        && numerator.tiers().stream().noneMatch(denominator.tiers()::contains)) {
      out.add(at + "tiers", "share-contradiction", "'tiers' of the numerator must share a tier "
          + "with the denominator's " + denominator.tiers() + ", since the numerator is counted "
          + "among the denominator's projects, but was " + numerator.tiers(),
          "分子的'tiers'须与分母的" + denominator.tiers() + "至少有一个相同档次(分子是在分母的项目中计数的),实为"
              + numerator.tiers(), String.join(", ", numerator.tiers()));
    }
  }

  private void contradiction(String path, ProjectCriteria numerator,
      ProjectCriteria denominator, Function<ProjectCriteria, Optional<Boolean>> condition) {
    Optional<Boolean> wanted = condition.apply(denominator);
    Optional<Boolean> asked = condition.apply(numerator);
    if (wanted.isPresent() && asked.isPresent() && !wanted.equals(asked)) {
      String field = path.substring(path.lastIndexOf('/') + 1);
      out.add(path, "share-contradiction", "'" + field + "' of the numerator must agree with "
          + "the denominator's (" + wanted.get() + "), since the numerator is counted among the "
          + "denominator's projects, but was " + asked.get(), "分子的'" + field + "'须与分母一致("
          + wanted.get() + ")(分子是在分母的项目中计数的),实为" + asked.get(),
          String.valueOf(asked.get()));
    }
  }
}
