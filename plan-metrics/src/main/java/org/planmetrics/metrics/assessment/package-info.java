/**
 * Assessing a plan's targets against what happened: {@link
 * org.planmetrics.metrics.assessment.Observations} in, an {@link
 * org.planmetrics.metrics.assessment.Assessment} per target and a {@link
 * org.planmetrics.metrics.assessment.Scorecard} out.
 */
@PlanStyle
package org.planmetrics.metrics.assessment;

import org.planmetrics.model.PlanStyle;
