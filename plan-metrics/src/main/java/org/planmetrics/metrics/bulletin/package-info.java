/**
 * The weekly bulletin (招商简讯, 五.4), which gathers the scorecard, the team reports and the
 * project supervision of one week into one document: {@link
 * org.planmetrics.metrics.bulletin.Bulletins}.
 */
package org.planmetrics.metrics.bulletin;
