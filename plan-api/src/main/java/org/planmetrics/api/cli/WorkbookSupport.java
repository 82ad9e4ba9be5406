package org.planmetrics.api.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;

/**
 * Excel workbooks (.xlsx) for the command line: reading a filled-in workbook as observations,
 * writing the empty workbook a plan's figures are filled into ({@code template}), and writing a
 * scorecard ({@code score --format xlsx}). The commands reach Excel only through this, so that
 * a build wires its workbook classes in one place ({@link PlanTool#main}); {@link #NONE} is a
 * build without them, whose commands say so and exit with 2.
 */
public interface WorkbookSupport {

  /** Whether this build reads and writes workbooks. */
  boolean available();

  /**
   * The observations a filled-in workbook holds, checked against {@code plan}; {@code asOf}
   * stands in for the workbook's own date, if it has one.
   *
   * @throws InvalidInputException with every error, each with its sheet, row and column
   */
  Observations read(Path workbook, Plan plan, Optional<LocalDate> asOf) throws IOException;

  /** Writes the workbook a statistician fills in for {@code plan}. */
  void writeTemplate(Plan plan, Language language, OutputStream out) throws IOException;

  /** Writes {@code scorecard} as a workbook, one row per target. */
  void writeScorecard(Plan plan, Scorecard scorecard, Language language, OutputStream out)
      throws IOException;

  /** No workbook support: {@link #available()} is false and the rest is never called. */
  WorkbookSupport NONE = new WorkbookSupport() {
    @Override
    public boolean available() {
      return false;
    }

    @Override
    public Observations read(Path workbook, Plan plan, Optional<LocalDate> asOf) {
      throw new UnsupportedOperationException("no workbook support in this build");
    }

    @Override
    public void writeTemplate(Plan plan, Language language, OutputStream out) {
      throw new UnsupportedOperationException("no workbook support in this build");
    }

    @Override
    public void writeScorecard(Plan plan, Scorecard scorecard, Language language,
        OutputStream out) {
      throw new UnsupportedOperationException("no workbook support in this build");
    }
  };
}
