package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;
import org.quicktheories.core.Gen;

/**
 * A damaged workbook is read or refused with the problems listed, never anything else: the
 * sample workbook with random bytes of its archive changed, and with random characters of a
 * sheet's or another part's XML changed (inside a sound archive, where the reader sees them),
 * with fixed seeds.
 */
class WorkbookFuzzProperties {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  private static final byte[] SAMPLE = SampleWorkbook.filled(PLAN);
  private static final Map<String, byte[]> PARTS = WorkbookLimitsTest.parts(SAMPLE);
  /** The ledger, 项目台账: the third sheet. */
  private static final String LEDGER = "xl/worksheets/sheet3.xml";
  private static final char[] TRICKY = {'<', '>', '"', '&', '/', 'Z', '9', '0', '-', ' ', 't',
      's', 'e', 'r', 'c', 'v', '.', 'E', '%'};

  private record Change(int position, int value) {}

  private static Gen<List<Change>> changes(int length, int most) {
    return lists().of(integers().between(0, length - 1).zip(integers().between(0, 255),
        Change::new)).ofSizeBetween(1, most);
  }

  /** Reads {@code workbook}: observations, or a refusal listing problems; nothing else. */
  private static void readOrRefused(byte[] workbook) {
    try {
      assertThat(ObservationsWorkbook.read(workbook, PLAN)).isNotNull();
    } catch (InvalidWorkbookException refused) {
      assertThat(refused.violations()).isNotEmpty();
      refused.violations().forEach(v -> assertThat(v.messageZh()).isPresent());
    }
  }

  @Test
  void anArchiveWithBytesChangedIsReadOrRefused() {
    qt().withFixedSeed(20241201L).withExamples(200)
        .forAll(changes(SAMPLE.length, 8))
        .checkAssert(changes -> {
          byte[] damaged = SAMPLE.clone();
          changes.forEach(c -> damaged[c.position()] = (byte) c.value());
          readOrRefused(damaged);
        });
  }

  @Test
  void aSheetWithCharactersChangedIsReadOrRefused() {
    String ledger = new String(PARTS.get(LEDGER), StandardCharsets.UTF_8);
    qt().withFixedSeed(20241202L).withExamples(200)
        .forAll(changes(ledger.length(), 6))
        .checkAssert(changes -> readOrRefused(zipWith(LEDGER, changed(ledger, changes))));
  }

  @Test
  void anyPartWithCharactersChangedIsReadOrRefused() {
    List<String> names = List.of("xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/worksheets/sheet1.xml");
    qt().withFixedSeed(20241203L).withExamples(200)
        .forAll(integers().between(0, names.size() - 1), lists().of(integers().between(0,
            Integer.MAX_VALUE - 1).zip(integers().between(0, 255), Change::new))
            .ofSizeBetween(1, 4))
        .checkAssert((which, changes) -> {
          String name = names.get(which);
          String xml = new String(PARTS.get(name), StandardCharsets.UTF_8);
          List<Change> within = changes.stream()
              .map(c -> new Change(c.position() % xml.length(), c.value())).toList();
          readOrRefused(zipWith(name, changed(xml, within)));
        });
  }

  private static String changed(String xml, List<Change> changes) {
    StringBuilder changed = new StringBuilder(xml);
    changes.forEach(c -> changed.setCharAt(c.position(), TRICKY[c.value() % TRICKY.length]));
    return changed.toString();
  }

  private static byte[] zipWith(String name, String xml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> part : PARTS.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getKey().equals(name) ? xml.getBytes(StandardCharsets.UTF_8)
            : part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }
}
