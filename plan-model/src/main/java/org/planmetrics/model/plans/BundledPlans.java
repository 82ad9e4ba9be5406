package org.planmetrics.model.plans;

import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanFiles;

/**
 * The plans shipped inside plan-model, loaded through the same loader as any county's file, for
 * example {@code BundledPlans.gongqingcheng2022()}.
 *
 * <p>It lives in a package of its own, beside its plan files, because it reads them with {@link
 * PlanFiles}: in {@code org.planmetrics.model} it made that package and {@code
 * org.planmetrics.model.json} (which builds a {@link Plan}) depend on each other.
 */
public final class BundledPlans {

  /** The id of Gongqingcheng's 2022 plan. */
  public static final String GONGQINGCHENG_2022 = "gongqingcheng-2022";

  /** The classpath location of its plan file. */
  public static final String GONGQINGCHENG_2022_RESOURCE =
      "/org/planmetrics/model/plans/gongqingcheng-2022.json";

  private BundledPlans() {}

  /**
   * 共青城市强招商兴产业促倍增三年行动实施方案 (2022), with its window read as 2022–2024. For the
   * other reading call {@code .withWindowReading("publication")} (2023–2025).
   */
  public static Plan gongqingcheng2022() {
    return Holder.GONGQINGCHENG;
  }

  // Loaded on first use and kept: a plan is immutable, and parsing it again would only cost time.
  private static final class Holder {
    static final Plan GONGQINGCHENG = PlanFiles.loadResource(GONGQINGCHENG_2022_RESOURCE);
  }
}
