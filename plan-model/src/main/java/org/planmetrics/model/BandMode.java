package org.planmetrics.model;

/**
 * How project tiers relate, for example {@code EXCLUSIVE}: a 120 亿元 project is a "100" project
 * and not also a "50·20" project.
 */
public enum BandMode {
  /** Each project falls in at most one tier: tiers are bands [min, max). The default. */
  EXCLUSIVE,
  /** A tier counts every project at or above its minimum, so a "100" project is also "50·20". */
  NESTED
}
