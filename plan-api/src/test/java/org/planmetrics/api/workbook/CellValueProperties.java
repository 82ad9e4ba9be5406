package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The forgiving readings of {@link CellValue} as properties: every form of a date, an amount and
 * a rate that is read gives back the value written, over the whole of Excel's range.
 */
class CellValueProperties {

  private static final LocalDate FIRST = LocalDate.of(1900, 3, 1);
  private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

  private static Gen<LocalDate> dates() {
    return longs().between(0, ChronoUnit.DAYS.between(FIRST, LAST)).map(FIRST::plusDays);
  }

  /** Amounts of up to 15 significant digits, as Excel keeps them, with up to 4 decimals. */
  private static Gen<BigDecimal> amounts() {
    return longs().between(-99_999_999_999_999L, 99_999_999_999_999L)
        .zip(integers().between(0, 4), BigDecimal::valueOf);
  }

  private static Gen<BigDecimal> rates() {
    return integers().between(-1_000_000, 1_000_000).map(n -> BigDecimal.valueOf(n, 6));
  }

  private static CellValue number(BigDecimal value, String format) {
    return new CellValue(CellValue.Type.NUMBER, value.toPlainString(), format, false);
  }

  @Test
  void anExcelDayNumberIsTheDayItCounts() {
    qt().forAll(dates()).checkAssert(date -> {
      long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date);
      assertThat(number(BigDecimal.valueOf(serial), "yyyy-mm-dd").asDate()).isEqualTo(date);
      // A time of day in the cell does not move the day.
      assertThat(number(BigDecimal.valueOf(serial).add(new BigDecimal("0.99")), "yyyy-mm-dd hh:mm")
          .asDate()).isEqualTo(date);
    });
  }

  @Test
  void everyTextFormOfADateReadsAsThatDate() {
    qt().forAll(dates()).checkAssert(date -> {
      int y = date.getYear();
      int m = date.getMonthValue();
      int d = date.getDayOfMonth();
      for (String written : new String[] {date.toString(), y + "/" + m + "/" + d,
          y + "." + m + "." + d, y + "年" + m + "月" + d + "日",
          String.format(Locale.ROOT, "%04d%02d%02d", y, m, d)}) {
        assertThat(CellValue.text(written).asDate()).as(written).isEqualTo(date);
      }
    });
  }

  @Test
  void anAmountWrittenWithOrWithoutThousandsSeparatorsReadsAsItsValue() {
    DecimalFormat grouped = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(
        Locale.ROOT));
    grouped.setParseBigDecimal(true);
    qt().forAll(amounts()).checkAssert(amount -> {
      assertThat(CellValue.text(amount.toPlainString()).asAmount()).isEqualByComparingTo(amount);
      assertThat(CellValue.text(grouped.format(amount)).asAmount()).isEqualByComparingTo(amount);
      assertThat(number(amount, "").asAmount()).isEqualByComparingTo(amount);
    });
  }

  @Test
  void aRateWrittenAsAPercentageOrAFractionReadsAsTheFraction() {
    qt().forAll(rates()).checkAssert(rate -> {
      assertThat(CellValue.text(rate.movePointRight(2).toPlainString() + "%").asRate())
          .isEqualByComparingTo(rate);
      assertThat(CellValue.text(rate.toPlainString()).asRate()).isEqualByComparingTo(rate);
      assertThat(number(rate, "0.00%").asRate()).isEqualByComparingTo(rate);
    });
  }

  @Test
  void aColumnsLettersNameItsNumber() {
    qt().forAll(integers().between(1, WorkbookLimits.EXCEL_MAX_COLUMNS)).checkAssert(column ->
        assertThat(XlsxEditor.index(WorkbookPackage.columnName(column))).isEqualTo(column));
    assertThat(WorkbookPackage.columnName(64)).isEqualTo("BL");
    assertThat(WorkbookPackage.columnName(16_384)).isEqualTo("XFD");
  }
}
