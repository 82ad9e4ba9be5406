package org.planmetrics.api.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Worksheet;

/**
 * A small workbook written cell by cell for a test, for example {@code
 * TestWorkbook.asOf("2024-06-30").sheet("项目台账", header, row).bytes()}. Values are written as
 * Excel would store them: text as text, a {@link BigDecimal} or other number as a number, a
 * {@link LocalDate} as a day number formatted as a date, {@link #percent} as a number formatted
 * as a percentage, a Boolean as TRUE/FALSE.
 */
final class TestWorkbook {

  /** A number shown as a percentage: the cell holds the fraction, 0.125 shown as 12.50%. */
  record Percent(BigDecimal fraction) {}

  /** A cell holding an error value, such as #N/A. */
  record ErrorValue(String error) {}

  private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

  /** A workbook whose 填写说明 gives {@code asOf} (text, a date or a number) in B3. */
  static TestWorkbook asOf(Object asOf) {
    TestWorkbook workbook = new TestWorkbook();
    List<Object[]> rows = new ArrayList<>();
    rows.add(new Object[] {"填报表"});
    rows.add(new Object[] {});
    rows.add(new Object[] {"数据截至日期 asOf", asOf instanceof String text && text.matches(
        "\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : asOf});
    workbook.sheets.put("填写说明", rows);
    return workbook;
  }

  static TestWorkbook withoutInstructions() {
    return new TestWorkbook();
  }

  static Percent percent(String fraction) {
    return new Percent(new BigDecimal(fraction));
  }

  /** Adds a sheet; the first row is the header, and a null cell is left empty. */
  TestWorkbook sheet(String name, Object[]... rows) {
    sheets.put(name, new ArrayList<>(List.of(rows)));
    return this;
  }

  byte[] bytes() {
    return Xlsx.write(workbook -> {
      for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
        Worksheet worksheet = workbook.newWorksheet(sheet.getKey());
        for (int r = 0; r < sheet.getValue().size(); r++) {
          Object[] row = sheet.getValue().get(r);
          for (int c = 0; c < row.length; c++) {
            write(worksheet, r, c, row[c]);
          }
        }
      }
    });
  }

  private static void write(Worksheet sheet, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else if (value instanceof Percent percent) {
      sheet.value(r, c, percent.fraction());
      sheet.style(r, c).format("0.00%").set();
    } else if (value instanceof ErrorValue error) {
      sheet.formula(r, c, "NA()");
    } else if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof Boolean truth) {
      sheet.value(r, c, truth);
    } else {
      sheet.value(r, c, value.toString());
    }
  }
}
