package org.planmetrics.model;

/** How the size of a peer group's first tier (第一方阵) is fixed. */
public enum TierRuleMethod {
  /** The top ceil(n ÷ denominator) of the n ranked peers: 5 of 13 for a third. */
  TOP_FRACTION,
  /** A fixed number of places, at most n. */
  TOP_COUNT
}
