package org.planmetrics.model;

/**
 * A test-only bridge to {@link org.planmetrics.model.plans.BundledPlans}, which moved out of this
 * package to break the cycle between {@code org.planmetrics.model} and {@code
 * org.planmetrics.model.json}. The assessment tests ({@code Fixtures}, {@code ReadmeExampleTest})
 * still import the old name and are being restructured on another branch (issue 13), so they are
 * not edited here. Delete this class once they import the new one.
 */
public final class BundledPlans {

  private BundledPlans() {}

  /** The bundled plan, as {@link org.planmetrics.model.plans.BundledPlans#gongqingcheng2022()}. */
  public static Plan gongqingcheng2022() {
    return org.planmetrics.model.plans.BundledPlans.gongqingcheng2022();
  }
}
