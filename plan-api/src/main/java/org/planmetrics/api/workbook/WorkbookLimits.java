package org.planmetrics.api.workbook;

import org.planmetrics.model.InvalidArgumentException;

/**
 * How much of a workbook {@link ObservationsWorkbook} reads before it refuses it, for example
 * the defaults: 1 MiB as uploaded, 8 MiB for any one part once unzipped and 16 MiB for all of
 * them, 64 columns, 10,000 filled rows a sheet and 300,000 cells.
 *
 * <p>An .xlsx file is a zip archive of XML parts. Zip compresses XML by 10 to 20 times, and a
 * hostile archive by a million (a few KB that inflate to gigabytes), so the size uploaded says
 * little about the work: each part is unzipped under {@link #maxPartBytes()} and all of them
 * under {@link #maxTotalBytes()}, counting as they inflate and stopping one byte past the limit,
 * before anything parses them. The defaults hold a ledger of 10,000 projects (about 4 MB of sheet
 * XML) with room to spare, and keep a workbook being read within a few tens of MB of heap.
 *
 * <p>{@link #maxColumns()} also guards the reader: a single cell written at column ZZZZZ would
 * make it allocate a row of millions of empty cells, so every cell reference is checked first.
 *
 * @param maxUploadBytes the most bytes of the file itself (the REST API passes its body limit)
 * @param maxPartBytes the most bytes any one part of the archive may have unzipped
 * @param maxTotalBytes the most bytes all parts together may have unzipped
 * @param maxParts the most parts (files) the archive may hold
 * @param maxColumns the rightmost column a cell may be in, 1 for A
 * @param maxRowsPerSheet the most filled rows a data sheet may have below its header
 * @param maxCells the most cells all sheets together may have, empty ones written included
 */
public record WorkbookLimits(long maxUploadBytes, long maxPartBytes, long maxTotalBytes,
    int maxParts, int maxColumns, int maxRowsPerSheet, long maxCells) {

  /** The rows of an Excel worksheet: 1,048,576. A row number beyond it is not Excel's. */
  public static final int EXCEL_MAX_ROWS = 1_048_576;
  /** The columns of an Excel worksheet: 16,384 (A to XFD). */
  public static final int EXCEL_MAX_COLUMNS = 16_384;

  /** Checks that every limit is at least 1 and the columns within Excel's. */
  public WorkbookLimits {
    positive("maxUploadBytes", maxUploadBytes);
    positive("maxPartBytes", maxPartBytes);
    positive("maxTotalBytes", maxTotalBytes);
    positive("maxParts", maxParts);
    positive("maxColumns", maxColumns);
    positive("maxRowsPerSheet", maxRowsPerSheet);
    positive("maxCells", maxCells);
    if (maxColumns > EXCEL_MAX_COLUMNS) {
      throw new InvalidArgumentException("maxColumns", "must be at most " + EXCEL_MAX_COLUMNS,
          "须不超过" + EXCEL_MAX_COLUMNS, maxColumns);
    }
  }

  /**
   * The defaults: 1 MiB uploaded, 8 MiB a part and 16 MiB in all unzipped, 200 parts, 64
   * columns (A to BL), 10,000 filled rows a sheet, 300,000 cells.
   */
  public static WorkbookLimits defaults() {
    return new WorkbookLimits(1L << 20, 8L << 20, 16L << 20, 200, 64, 10_000, 300_000);
  }

  /** The same limits with another upload size, for example the server's body limit. */
  public WorkbookLimits withMaxUploadBytes(long bytes) {
    return new WorkbookLimits(bytes, maxPartBytes, maxTotalBytes, maxParts, maxColumns,
        maxRowsPerSheet, maxCells);
  }

  /** The same limits with another unzipped size for one part and for all of them. */
  public WorkbookLimits withMaxUnzippedBytes(long partBytes, long totalBytes) {
    return new WorkbookLimits(maxUploadBytes, partBytes, totalBytes, maxParts, maxColumns,
        maxRowsPerSheet, maxCells);
  }

  /** The same limits with another number of parts. */
  public WorkbookLimits withMaxParts(int parts) {
    return new WorkbookLimits(maxUploadBytes, maxPartBytes, maxTotalBytes, parts, maxColumns,
        maxRowsPerSheet, maxCells);
  }

  /** The same limits with another number of filled rows a sheet, for example the project limit. */
  public WorkbookLimits withMaxRowsPerSheet(int rows) {
    return new WorkbookLimits(maxUploadBytes, maxPartBytes, maxTotalBytes, maxParts, maxColumns,
        rows, maxCells);
  }

  /** The same limits with another rightmost column and number of cells. */
  public WorkbookLimits withMaxCells(int columns, long cells) {
    return new WorkbookLimits(maxUploadBytes, maxPartBytes, maxTotalBytes, maxParts, columns,
        maxRowsPerSheet, cells);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new InvalidArgumentException(name, "must be at least 1", "须至少为1", value);
    }
  }
}
