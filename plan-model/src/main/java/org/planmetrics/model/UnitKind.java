package org.planmetrics.model;

/** What kind of body a responsible unit is, for example {@code MUNICIPAL_BUREAU} for 市商务局. */
public enum UnitKind {
  /** A municipal department: a bureau, commission, or a Party or government office (市…局, 市委办公室). */
  MUNICIPAL_BUREAU,
  /** A bureau of the high-tech zone (高新区…局). */
  HIGH_TECH_ZONE_BUREAU,
  /** A leading group (领导小组) or its office. */
  LEADING_GROUP,
  /** A team or group formed for the work (招商组团, 法务团队, 督查组). */
  TEAM,
  /** An industrial park or development zone (工业园区, 开发区), which often has its own quota. */
  PARK,
  /** A township, town or street office (乡镇, 街道), which often has its own quota. */
  TOWNSHIP,
  /** Anything else: associations, service centres. */
  OTHER
}
