package org.planmetrics.api.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of CSV text (RFC 4180), each with the line it starts on, for example line 3:
 * {@code ["P-1", "Project, Inc.", "2022-03-15"]}. Cells are separated by commas and may be
 * quoted, with {@code ""} for a quote inside; a quoted cell may hold commas and line breaks.
 * Lines end with LF, CRLF or CR. A quote inside an unquoted cell is kept as a character, as
 * spreadsheets write it; a quoted cell that never closes is an error at the line it opens on.
 */
public final class CsvRecords {

  private CsvRecords() {}

  /** A record and the 1-based line it starts on. */
  public record Record(int line, List<String> cells) {

    /** Whether every cell is blank: an empty line, or one of commas only. */
    public boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** A quoted cell that opens on {@code line} and never closes. */
  public static final class UnclosedQuoteException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;

    UnclosedQuoteException(int line) {
      super("a quoted cell opens on line " + line + " and never closes");
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  /** Every record of {@code text}, blank ones included, in order. */
  public static List<Record> parse(String text) throws UnclosedQuoteException {
    List<Record> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    boolean quoted = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
            line++;
          }
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          if (cell.isEmpty() || cell.toString().isBlank()) {
            cell.setLength(0);
            quoted = true;
            quoteLine = line;
          } else {
            cell.append(c);
          }
          any = true;
        }
        case ',' -> {
          cells.add(cell.toString());
          cell.setLength(0);
          any = true;
        }
        case '\r', '\n' -> {
          if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          cells.add(cell.toString());
          records.add(new Record(recordLine, List.copyOf(cells)));
          cells.clear();
          cell.setLength(0);
          any = false;
          line++;
          recordLine = line;
        }
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (quoted) {
      throw new UnclosedQuoteException(quoteLine);
    }
    if (any || !cell.isEmpty() || !cells.isEmpty()) {
      cells.add(cell.toString());
      records.add(new Record(recordLine, List.copyOf(cells)));
    }
    return records;
  }
}
