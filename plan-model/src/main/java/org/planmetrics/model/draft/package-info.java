/**
 * A first draft of a plan file read from a plan's own text: the quantitative targets, the
 * 责任单位 lists and every sentence with a number that was not read, each with its source span
 * and the readings made. Start at {@link org.planmetrics.model.draft.PlanDrafts#draft(String)}.
 */
@PlanStyle
package org.planmetrics.model.draft;

import org.planmetrics.model.PlanStyle;
