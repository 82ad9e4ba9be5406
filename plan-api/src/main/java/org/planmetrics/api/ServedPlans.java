package org.planmetrics.api;

import java.util.List;
import java.util.function.Supplier;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.model.Plan;

/**
 * The plans as the routes see them: the plan a path names, for example {@code gongqingcheng-2022}
 * in {@code /api/v1/plans/gongqingcheng-2022/targets}, or a 404 problem. The catalog is asked for
 * on every call, so that the plans can still be loading while the server starts, provided the
 * supplier waits for them (as PlanServer's does).
 */
final class ServedPlans {

  private final Supplier<PlanCatalog> catalog;

  ServedPlans(Supplier<PlanCatalog> catalog) {
    this.catalog = catalog;
  }

  /** Every plan served, in the catalog's order. */
  List<Plan> all() {
    return catalog.get().plans();
  }

  /**
   * The plan {@code planId}.
   *
   * @throws ApiProblem 404 {@code not-found} if no such plan is served
   */
  Plan plan(String planId) {
    return assessor(planId).plan();
  }

  /**
   * The assessor of plan {@code planId}.
   *
   * @throws ApiProblem 404 {@code not-found} if no such plan is served
   */
  Assessor assessor(String planId) {
    return catalog.get().assessor(planId).orElseThrow(() ->
        ApiProblem.notFound(LocalizedText.of("没有名为'" + planId + "'的方案",
            "no plan '" + planId + "' is served")));
  }
}
