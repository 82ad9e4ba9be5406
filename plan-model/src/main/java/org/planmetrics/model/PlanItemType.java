package org.planmetrics.model;

/** The kinds of plan item a unit can be responsible for. */
public enum PlanItemType {
  KEY_DIRECTION,
  MEASURE,
  SAFEGUARD,
  CADENCE,
  /** A duty the plan sets without a number (定期, "regularly"): listed, not scored. */
  UNCOUNTED_DUTY
}
