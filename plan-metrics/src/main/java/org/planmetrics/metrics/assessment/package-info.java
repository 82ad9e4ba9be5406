/**
 * The engine: {@link org.planmetrics.metrics.assessment.Assessor} takes {@link
 * org.planmetrics.metrics.observation.Observations} and gives an {@link
 * org.planmetrics.metrics.result.Assessment} per target and a {@link
 * org.planmetrics.metrics.result.Scorecard}. Everything else here is package-private.
 */
package org.planmetrics.metrics.assessment;
