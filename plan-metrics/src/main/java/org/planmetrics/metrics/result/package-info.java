/**
 * What an assessment gives back: a {@link org.planmetrics.metrics.result.Status} and an {@link
 * org.planmetrics.metrics.result.Assessment} per target, with the figures behind it, and the
 * {@link org.planmetrics.metrics.result.Scorecard} of a whole plan. These are immutable values
 * that read back from their own JSON.
 */
@PlanStyle
package org.planmetrics.metrics.result;

import org.planmetrics.model.PlanStyle;
