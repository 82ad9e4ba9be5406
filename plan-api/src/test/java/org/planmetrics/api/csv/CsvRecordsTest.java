package org.planmetrics.api.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void quotedCellsHoldCommasQuotesAndLineBreaksAndEachRecordKnowsItsLine() throws Exception {
    List<CsvRecords.Record> records = CsvRecords.parse(
        "a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\rlast,\n");
    assertThat(records).extracting(CsvRecords.Record::line).containsExactly(1, 2, 4, 5);
    assertThat(records.get(0).cells()).containsExactly("a", "b, c", "say \"hi\"");
    assertThat(records.get(1).cells()).containsExactly("two\nlines", "x");
    assertThat(records.get(2).isBlank()).isTrue();
    assertThat(records.get(3).cells()).containsExactly("last", "");
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsKeptAndAnUnclosedOneIsAnErrorAtItsLine() throws Exception {
    assertThat(CsvRecords.parse("5\" pipe,x").get(0).cells()).containsExactly("5\" pipe", "x");
    assertThatThrownBy(() -> CsvRecords.parse("a\nb,\"open\n\nmore"))
        .isInstanceOfSatisfying(CsvRecords.UnclosedQuoteException.class,
            e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void encodingsAreFoundFromTheBytes() throws Exception {
    assertThat(TextEncoding.decode("指标".getBytes(StandardCharsets.UTF_8)).encoding())
        .isEqualTo(TextEncoding.UTF_8);
    assertThat(TextEncoding.decode("指标".getBytes(Charset.forName("GBK"))))
        .isEqualTo(new TextEncoding.Decoded("指标", TextEncoding.GB18030));
    assertThat(TextEncoding.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x07, 0x63}))
        .isEqualTo(new TextEncoding.Decoded("指", TextEncoding.UTF_16LE));
    assertThatThrownBy(() -> TextEncoding.decode(new byte[] {'a', '\n', 'b', (byte) 0xE9, '\n'}))
        .isInstanceOfSatisfying(TextEncoding.NotTextException.class, e -> {
          assertThat(e.where().offset()).isEqualTo(3);
          assertThat(e.where().line()).isEqualTo(2);
          assertThat(e.where().value()).isEqualTo(0xE9);
        });
  }
}
