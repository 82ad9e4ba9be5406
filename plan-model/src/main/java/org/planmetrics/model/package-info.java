/**
 * The plan as immutable values: {@link org.planmetrics.model.Plan} and its goals, targets,
 * indicators, key directions, measures, safeguards, responsible units and cadences.
 */
@PlanStyle
package org.planmetrics.model;
