package org.planmetrics.api.workbook;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet as FastExcel reads them, one at a time, with any failure of the reader
 * turned into a refusal of the workbook ({@code damaged-workbook}) naming the sheet. The reader
 * throws what it likes on XML that is well formed but not what a sheet holds (a cell of type
 * {@code ">"}, say): a request must never fail with a 500 for it.
 */
final class SheetRows implements AutoCloseable {

  private final String name;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  private SheetRows(String name, Stream<Row> stream) {
    this.name = name;
    this.stream = stream;
    this.rows = stream.iterator();
  }

  /** The rows of {@code sheet}. */
  static SheetRows of(Sheet sheet) {
    try {
      return new SheetRows(sheet.getName(), sheet.openStream());
    } catch (IOException | RuntimeException e) {
      throw damaged(String.valueOf(sheet.getName()));
    }
  }

  /** The next row that has anything in it, or empty at the end of the sheet. */
  Optional<Row> next() {
    try {
      return rows.hasNext() ? Optional.of(rows.next()) : Optional.empty();
    } catch (RuntimeException e) {
      throw damaged(name);
    }
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (RuntimeException e) {
      // Closing a sheet read from memory releases nothing that matters.
    }
  }

  static InvalidWorkbookException damaged(String sheet) {
    return WorkbookPackage.unreadable("damaged-workbook", "the sheet '" + sheet + "' is damaged "
        + "and cannot be read; open the workbook in Excel and save it again", "工作表“" + sheet
        + "”已损坏,无法读取;请用Excel打开工作簿后重新保存");
  }
}
