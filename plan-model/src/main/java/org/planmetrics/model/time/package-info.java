/** The plan's window in years, and the readings of "未来三年" that choose it. */
@PlanStyle
package org.planmetrics.model.time;

import org.planmetrics.model.PlanStyle;
