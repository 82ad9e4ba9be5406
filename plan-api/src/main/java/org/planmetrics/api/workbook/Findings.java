package org.planmetrics.api.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;

/**
 * The problems found in one workbook, all of them, each at a pointer into the workbook, {@code
 * /<sheet>/<row as Excel numbers it>/<header as written>}, for example {@code
 * /项目台账/5/投资额(亿元) investment}, with a message in Chinese ("项目台账 第5行 投资额(亿元):'abc'不是数字,
 * 应填写如 12.5 的数字") and in English. They are listed in the workbook's order: sheet, row,
 * column.
 *
 * <p>At most {@link #KEPT} are kept; the rest are only counted, so that a sheet of 10,000 bad rows
 * cannot fill the heap with messages.
 */
final class Findings {

  /** The most problems held; more are counted. */
  static final int KEPT = 1_000;

  /** Where a problem is: sheet (its place in the workbook), row and column. */
  private record Entry(int sheetOrder, int row, int column, Violation violation) {}

  /** A sheet of the workbook as found: its layout, its name as written and its place. */
  record SheetRef(Layout.Sheet layout, String name, int order) {}

  /** A cell's column: its header as written, and the layout's column it matched, if any. */
  record Header(String written, int index, Optional<Layout.Column> column) {

    /** The header as a Chinese message names it: the column's label, else as written. */
    String label() {
      return column.map(Layout.Column::label).orElse(written);
    }
  }

  private final List<Entry> entries = new ArrayList<>();
  private int count;

  /** A cell that could not be read. */
  void cell(SheetRef sheet, int row, Header header, CellValue.Problem problem, String value) {
    add(sheet, row, header, problem.rule, problem.en, problem.zh, value);
  }

  /**
   * A problem of a cell, worded {@code en} and {@code zh} after the place: "项目台账 第5行 投资额(亿元):"
   * and "项目台账 row 5, column '投资额(亿元) investment': ".
   */
  void add(SheetRef sheet, int row, Header header, String rule, String en, String zh,
      String value) {
    add(sheet.order(), row, header.index(), Violation.builder()
        .path(JsonPointers.of(sheet.name(), String.valueOf(row), header.written()))
        .rule(rule)
        .message(sheet.name() + " row " + row + ", column '" + header.written() + "': " + en)
        .messageZh(sheet.name() + " 第" + row + "行 " + header.label() + ":" + zh)
        .value(Optional.ofNullable(value))
        .build());
  }

  /** A problem of a whole row, or of a sheet ({@code row} 0). */
  void row(SheetRef sheet, int row, String rule, String en, String zh) {
    add(sheet.order(), row, -1, Violation.builder()
        .path(row > 0 ? JsonPointers.of(sheet.name(), String.valueOf(row))
            : JsonPointers.of(sheet.name()))
        .rule(rule)
        .message(sheet.name() + (row > 0 ? " row " + row : "") + ": " + en)
        .messageZh(sheet.name() + (row > 0 ? " 第" + row + "行" : "") + ":" + zh)
        .build());
  }

  /** A problem of the workbook as a whole. */
  void workbook(String rule, String en, String zh) {
    add(-1, 0, -1, Violation.builder().path(JsonPointers.ROOT).rule(rule).message(en)
        .messageZh(zh).build());
  }

  private void add(int sheetOrder, int row, int column, Violation violation) {
    count++;
    if (entries.size() < KEPT) {
      entries.add(new Entry(sheetOrder, row, column, violation));
    }
  }

  boolean isEmpty() {
    return count == 0;
  }

  int count() {
    return count;
  }

  /** The problems in the workbook's order: sheet, row, column, then as found. */
  List<Violation> sorted() {
    return entries.stream()
        .sorted(Comparator.comparingInt(Entry::sheetOrder).thenComparingInt(Entry::row)
            .thenComparingInt(Entry::column))
        .map(Entry::violation)
        .collect(Collectors.toList());
  }
}
