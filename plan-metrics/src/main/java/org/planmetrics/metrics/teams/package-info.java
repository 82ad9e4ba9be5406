/**
 * The plan as the investment office runs it through its teams (招商组团): each team's figures
 * counted from the ledger and the activity log ({@code TeamActuals}), and the monthly ranking
 * ({@link org.planmetrics.metrics.teams.TeamRankings}). Inputs come from {@code
 * metrics.observation}, results go to {@code metrics.result}, sentences from {@code
 * metrics.wording}.
 */
package org.planmetrics.metrics.teams;
