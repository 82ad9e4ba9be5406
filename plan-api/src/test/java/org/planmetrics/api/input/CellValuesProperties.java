package org.planmetrics.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.input.CellValues.Cell;
import org.quicktheories.core.Gen;

class CellValuesProperties {

  /** Decimals with up to 6 places, from −10¹² to 10¹². */
  private static Gen<BigDecimal> decimals() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L)
        .zip(integers().between(0, 6), BigDecimal::valueOf);
  }

  @Test
  void aPercentageReadsAsItsFractionExactly() {
    qt().forAll(decimals()).checkAssert(d -> {
      Cell<BigDecimal> rate = CellValues.rate(d.toPlainString() + "%");
      assertThat(rate).isInstanceOf(Cell.Read.class);
      assertThat(((Cell.Read<BigDecimal>) rate).value())
          .isEqualByComparingTo(d.movePointLeft(2));
    });
  }

  @Test
  void anAmountWithThousandsSeparatorsReadsAsWithout() {
    DecimalFormat grouped = new DecimalFormat("#,##0.######",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    grouped.setParseBigDecimal(true);
    qt().forAll(decimals()).checkAssert(d -> {
      Cell<BigDecimal> amount = CellValues.amount(grouped.format(d));
      assertThat(amount).isInstanceOf(Cell.Read.class);
      assertThat(((Cell.Read<BigDecimal>) amount).value()).isEqualByComparingTo(d);
    });
  }

  @Test
  void anyTextIsReadOrRefusedWithARuleAndNeverThrows() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 24)).checkAssert(text -> {
      for (Cell<?> cell : new Cell<?>[] {CellValues.amount(text), CellValues.rate(text),
          CellValues.date(text), CellValues.period(text), CellValues.yesNo(text),
          CellValues.wholeNumber(text), CellValues.year(text)}) {
        if (cell instanceof Cell.Refused<?> refused) {
          assertThat(refused.rule()).matches("[a-z]+(-[a-z]+)*");
          assertThat(refused.message().zh()).isNotBlank();
          assertThat(refused.message().en()).isNotBlank();
        }
      }
    });
  }
}
