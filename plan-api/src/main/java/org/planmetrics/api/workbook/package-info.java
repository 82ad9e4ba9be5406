/**
 * Excel in and out, kept in plan-api so that the library modules stay free of it: {@link
 * org.planmetrics.api.workbook.ObservationsTemplate} writes the workbook a county statistician
 * fills in for a plan, {@link org.planmetrics.api.workbook.ObservationsWorkbook} reads it back
 * into observations (every problem at once, each at {@code /<sheet>/<row>/<header>}, within
 * {@link org.planmetrics.api.workbook.WorkbookLimits}), and {@link
 * org.planmetrics.api.workbook.ScorecardWorkbook} writes a scorecard as a workbook. FastExcel
 * (org.dhatim) writes and reads the files; the archive is checked with {@code java.util.zip}
 * before it reads anything. Nothing here depends on the HTTP classes of {@code org.planmetrics.api}.
 */
package org.planmetrics.api.workbook;
