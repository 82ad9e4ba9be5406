package org.planmetrics.model;

import java.util.List;
import java.util.Set;

/**
 * The rules of a target's project selection, for counts and for both sides of a share: tiers that
 * exist.
 */
final class ProjectSelectionChecks {

  private final ViolationList out;
  private final Set<String> tierIds;

  ProjectSelectionChecks(ViolationList out, Set<String> tierIds) {
    this.out = out;
    this.tierIds = tierIds;
  }

  /** Checks the selection at {@code path}, for example {@code /goals/1/targets/0/projects}. */
  void check(String path, ProjectCriteria criteria) {
    List<String> tiers = criteria.tiers();
    for (int i = 0; i < tiers.size(); i++) {
      out.reference(path + "/tiers/" + i, "project tier", tiers.get(i), tierIds);
    }
  }

  /** Checks both sides of the share at {@code path}. */
  void check(String path, ShareDefinition share) {
    check(path + "/numerator", share.numerator());
    check(path + "/denominator", share.denominator());
  }
}
