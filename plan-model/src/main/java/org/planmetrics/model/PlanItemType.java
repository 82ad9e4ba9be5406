package org.planmetrics.model;

/** The kinds of plan item a unit can be responsible for. */
public enum PlanItemType {
  KEY_DIRECTION,
  MEASURE,
  SAFEGUARD,
  CADENCE
}
