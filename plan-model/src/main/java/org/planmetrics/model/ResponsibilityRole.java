package org.planmetrics.model;

/** The part a unit plays in an item of the plan, for example {@code LEAD} for "由市司法局牵头". */
public enum ResponsibilityRole {
  /** Leads (牵头) or is in overall charge (负责统筹). Only where the text says so. */
  LEAD,
  /** Named as responsible: listed under 责任单位, or given a duty in the text. */
  RESPONSIBLE,
  /** Takes part (参与) in work led by another unit. */
  PARTICIPANT,
  /** Owns a reporting cadence: holds the meetings or issues the bulletins. */
  OWNER
}
