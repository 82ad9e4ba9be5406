package org.planmetrics.api.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.planmetrics.api.workbook.Findings.Header;
import org.planmetrics.api.workbook.Findings.SheetRef;
import org.planmetrics.api.workbook.Layout.Column;

/**
 * One data sheet of a workbook as a table: its header row, matched to the {@link Layout}'s
 * columns (Chinese or English headers, in any order), and its filled rows, each with its row
 * number as Excel shows it. Empty rows are skipped; a header that names no column is reported,
 * unless it is a note column (备注).
 */
final class SheetTable {

  /** One filled row: its number as Excel shows it, and its cells by column. */
  record TableRow(int number, Map<Column, CellValue> cells, Map<Column, Header> headers) {

    CellValue cell(Column column) {
      return cells.getOrDefault(column, CellValue.empty());
    }

    boolean isEmpty(Column column) {
      return cell(column).isEmpty();
    }

    /** The header of {@code column} as written; the column's own header if it is missing. */
    Header header(Column column) {
      return headers.getOrDefault(column, new Header(column.header(), Integer.MAX_VALUE,
          Optional.of(column)));
    }
  }

  final SheetRef sheet;
  final int headerRow;
  final Map<Column, Header> headers;
  final List<TableRow> rows;

  private SheetTable(SheetRef sheet, int headerRow, Map<Column, Header> headers,
      List<TableRow> rows) {
    this.sheet = sheet;
    this.headerRow = headerRow;
    this.headers = headers;
    this.rows = rows;
  }

  /**
   * Reads {@code sheet} as the table {@code ref} lays out. Required columns missing from the
   * header, unknown and repeated headers are reported to {@code findings}.
   *
   * @throws InvalidWorkbookException when the sheet has more filled rows than {@code limits}
   *     allow
   */
  static SheetTable read(Sheet sheet, SheetRef ref, List<Column> required,
      WorkbookLimits limits, boolean date1904, Findings findings) {
    Map<Integer, Header> byIndex = new LinkedHashMap<>();
    Map<Column, Header> headers = new LinkedHashMap<>();
    List<TableRow> rows = new ArrayList<>();
    int headerRow = 0;
    try (SheetRows sheetRows = SheetRows.of(sheet)) {
      Optional<Row> next;
      while ((next = sheetRows.next()).isPresent()) {
        Row row = next.get();
        if (headerRow == 0) {
          if (isBlank(row, date1904)) {
            continue;
          }
          headerRow = row.getRowNum();
          readHeader(row, ref, headerRow, byIndex, headers, findings);
          continue;
        }
        Map<Column, CellValue> cells = new LinkedHashMap<>();
        for (Map.Entry<Integer, Header> header : byIndex.entrySet()) {
          CellValue value = value(row, header.getKey(), date1904);
          if (!value.isEmpty() && header.getValue().column().isPresent()) {
            cells.put(header.getValue().column().get(), value);
          }
        }
        if (cells.isEmpty()) {
          continue;
        }
        if (rows.size() >= limits.maxRowsPerSheet()) {
          throw WorkbookPackage.limit("too-many-rows", "/" + ref.name(),
              String.valueOf(rows.size() + 1), "the sheet '" + ref.name() + "' has more than "
                  + limits.maxRowsPerSheet() + " filled rows", "工作表“" + ref.name()
                  + "”的数据行超过" + limits.maxRowsPerSheet() + "行");
        }
        rows.add(new TableRow(row.getRowNum(), cells, headers));
      }
    }
    if (headerRow > 0) {
      for (Column column : required) {
        if (!headers.containsKey(column)) {
          findings.row(ref, headerRow, "missing-header", "the header has no column '"
              + column.header() + "'", "表头缺少“" + column.header() + "”列");
        }
      }
    } else if (!required.isEmpty()) {
      findings.row(ref, 0, "missing-header", "the sheet is empty: its first row must be the "
          + "header", "工作表为空:第一行应为表头");
    }
    return new SheetTable(ref, headerRow, headers, rows);
  }

  private static void readHeader(Row row, SheetRef ref, int number,
      Map<Integer, Header> byIndex, Map<Column, Header> headers, Findings findings) {
    for (int i = 0; i < row.getCellCount(); i++) {
      CellValue cell = value(row, i, false);
      String written = cell.type() == CellValue.Type.ERROR ? cell.shown() : cell.asText();
      if (written.isEmpty() || Layout.isNote(written)) {
        continue;
      }
      Optional<Column> column = ref.layout().column(written);
      Header header = new Header(written, i, column);
      if (column.isEmpty()) {
        findings.add(ref, number, header, "unknown-header", "names no column of this sheet; "
            + "the columns are " + columnList(ref.layout()) + ", and notes go in a column "
            + "headed 备注", "表头“" + written + "”无法识别;本表的列为" + columnList(ref.layout())
            + ",备注请写在表头为“备注”的列", written);
      } else if (headers.containsKey(column.get())) {
        findings.add(ref, number, header, "duplicate-header", "names the same column as '"
            + headers.get(column.get()).written() + "'", "与“"
            + headers.get(column.get()).written() + "”是同一列,只保留一列", written);
      } else {
        headers.put(column.get(), header);
        byIndex.put(i, header);
      }
    }
  }

  private static String columnList(Layout.Sheet sheet) {
    return sheet.columns().stream().map(Column::header).collect(Collectors.joining("、"));
  }

  private static boolean isBlank(Row row, boolean date1904) {
    for (int i = 0; i < row.getCellCount(); i++) {
      if (!value(row, i, date1904).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The cell at {@code index} of {@code row} as a {@link CellValue}. */
  static CellValue value(Row row, int index, boolean date1904) {
    Optional<Cell> found = index < row.getCellCount() ? row.getOptionalCell(index)
        : Optional.empty();
    if (found.isEmpty()) {
      return CellValue.empty();
    }
    Cell cell = found.get();
    String raw = cell.getRawValue();
    String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString();
    return switch (cell.getType()) {
      case NUMBER -> new CellValue(CellValue.Type.NUMBER, raw, format, date1904);
      case STRING -> new CellValue(CellValue.Type.TEXT, cell.getText(), format, date1904);
      case BOOLEAN -> new CellValue(CellValue.Type.BOOLEAN, raw, format, date1904);
      case ERROR -> new CellValue(CellValue.Type.ERROR, raw == null ? "#ERROR" : raw, format,
          date1904);
      // A formula is read by the value Excel last computed for it.
      case FORMULA -> formulaValue(raw, format, date1904);
      case EMPTY -> CellValue.empty();
    };
  }

  private static CellValue formulaValue(String raw, String format, boolean date1904) {
    if (raw == null || raw.isEmpty()) {
      return CellValue.empty();
    }
    try {
      new java.math.BigDecimal(raw.strip());
      return new CellValue(CellValue.Type.NUMBER, raw, format, date1904);
    } catch (NumberFormatException e) {
      return new CellValue(CellValue.Type.TEXT, raw, format, date1904);
    }
  }
}
