/**
 * Formulas (growth, pacing against elapsed time, shares, tiers, rankings) and the assessment of a
 * plan's targets against observed data. Depends on plan-model only; never on a web framework.
 */
package org.planmetrics.metrics;
