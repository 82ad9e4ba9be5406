/**
 * The project ledger as the office supervises it: projects followed from signing to production
 * ({@link org.planmetrics.metrics.projects.ProjectFunnels}) and the key directions measured
 * ({@link org.planmetrics.metrics.projects.ProjectBreakdowns}). Inputs come from {@code
 * metrics.observation}, results go to {@code metrics.result}, sentences from {@code
 * metrics.wording}.
 */
package org.planmetrics.metrics.projects;
