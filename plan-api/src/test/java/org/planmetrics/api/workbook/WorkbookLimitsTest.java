package org.planmetrics.api.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.workbook.InvalidWorkbookException.Kind;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.plans.BundledPlans;

/**
 * Each of the {@link WorkbookLimits}, at the limit and one beyond, and the hostile files they
 * stop: a zip bomb (a few hundred KB that inflate to 256 MiB) refused after unzipping at most the
 * limit, with or without a lying size, a cell at column ZZZZZZ, and a DTD of nested entities.
 */
class WorkbookLimitsTest {

  private static final Plan PLAN = BundledPlans.gongqingcheng2022();

  /** The sample: 13 projects, 145 events, 4 teams. */
  private static final byte[] SAMPLE = SampleWorkbook.filled(PLAN);

  static Map<String, byte[]> parts(byte[] xlsx) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    for (ZipParts.Part part : ZipParts.read(xlsx, 10_000, Integer.MAX_VALUE, Long.MAX_VALUE,
        name -> true)) {
      parts.put(part.name(), part.bytes());
    }
    return parts;
  }

  private static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static void accepted(byte[] xlsx, WorkbookLimits limits) {
    assertThatCode(() -> ObservationsWorkbook.read(xlsx, PLAN, limits))
        .doesNotThrowAnyException();
  }

  private static Violation refused(byte[] xlsx, WorkbookLimits limits, String rule) {
    InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
        () -> ObservationsWorkbook.read(xlsx, PLAN, limits));
    assertThat(refused).as("refused by %s", rule).isNotNull();
    assertThat(refused.kind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(refused.violations()).singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo(rule));
    return refused.violations().get(0);
  }

  @Test
  void theUploadAtTheLimitIsReadAndOneByteMoreIsNot() {
    WorkbookLimits limits = WorkbookLimits.defaults().withMaxUploadBytes(SAMPLE.length);
    accepted(SAMPLE, limits);
    Violation v = refused(SAMPLE, limits.withMaxUploadBytes(SAMPLE.length - 1L),
        "upload-too-large");
    assertThat(v.messageZh().orElseThrow()).contains(String.valueOf(SAMPLE.length - 1));
  }

  @Test
  void eachPartAndAllPartsUnzippedAtTheLimitAreReadAndOneByteMoreIsNot() {
    Map<String, byte[]> parts = parts(SAMPLE);
    long largest = parts.values().stream().mapToLong(b -> b.length).max().orElseThrow();
    long total = parts.values().stream().mapToLong(b -> b.length).sum();
    WorkbookLimits limits = WorkbookLimits.defaults().withMaxUnzippedBytes(largest, total);
    accepted(SAMPLE, limits);

    Violation part = refused(SAMPLE, limits.withMaxUnzippedBytes(largest - 1, total),
        "part-too-large");
    assertThat(part.message()).contains("more than " + (largest - 1) + " bytes");
    Violation all = refused(SAMPLE, limits.withMaxUnzippedBytes(largest, total - 1),
        "workbook-too-large");
    assertThat(all.messageZh().orElseThrow()).isEqualTo("工作簿解压后超过" + (total - 1) + "字节");
  }

  @Test
  void thePartsAtTheLimitAreReadAndOneMoreIsNot() {
    int count = parts(SAMPLE).size();
    accepted(SAMPLE, WorkbookLimits.defaults().withMaxParts(count));
    refused(SAMPLE, WorkbookLimits.defaults().withMaxParts(count - 1), "too-many-parts");
  }

  @Test
  void theFilledRowsOfASheetAtTheLimitAreReadAndOneMoreIsNot() {
    // The sample's largest sheet is 指标数据: the template lists 48 periods for each of the 3
    // indicators with amounts (a row counts once anything is in it), ahead of 131 events.
    int listed = ObservationsTemplate.periods(PLAN.window()).size() * 3;
    assertThat(listed).isEqualTo(144).isGreaterThan(SampleWorkbook.sample().events().size());
    accepted(SAMPLE, WorkbookLimits.defaults().withMaxRowsPerSheet(listed));
    Violation v = refused(SAMPLE, WorkbookLimits.defaults().withMaxRowsPerSheet(listed - 1),
        "too-many-rows");
    assertThat(v.path()).isEqualTo("/指标数据");
    assertThat(v.messageZh().orElseThrow()).isEqualTo("工作表“指标数据”的数据行超过143行");
  }

  @Test
  void theCellsAtTheLimitAreReadAndOneMoreIsNot() {
    long cells = 0;
    Pattern cell = Pattern.compile("<c[ >]");
    for (Map.Entry<String, byte[]> part : parts(SAMPLE).entrySet()) {
      if (part.getKey().startsWith("xl/worksheets/")) {
        Matcher m = cell.matcher(new String(part.getValue(), StandardCharsets.UTF_8));
        while (m.find()) {
          cells++;
        }
      }
    }
    assertThat(cells).isGreaterThan(1_000);
    accepted(SAMPLE, WorkbookLimits.defaults().withMaxCells(64, cells));
    refused(SAMPLE, WorkbookLimits.defaults().withMaxCells(64, cells - 1), "too-many-cells");
  }

  @Test
  void aCellInTheLastColumnIsReadAndOneFurtherRightIsNot() {
    Object[] atLimit = new Object[64];
    atLimit[0] = "类型 kind";
    atLimit[1] = "日期 date";
    atLimit[63] = "备注";
    Object[] beyond = Arrays.copyOf(atLimit, 65);
    beyond[64] = "备注2";
    byte[] ok = TestWorkbook.asOf("2024-06-30").sheet("活动记录", atLimit,
        new Object[] {"TEAM_MEETING", LocalDate.of(2023, 1, 8)}).bytes();
    accepted(ok, WorkbookLimits.defaults());
    byte[] wide = TestWorkbook.asOf("2024-06-30").sheet("活动记录", beyond,
        new Object[] {"TEAM_MEETING", LocalDate.of(2023, 1, 8)}).bytes();
    Violation v = refused(wide, WorkbookLimits.defaults(), "too-many-columns");
    assertThat(v.messageZh().orElseThrow()).contains("BM1", "第64列(BL列)");
  }

  @Test
  void aZipBombIsRefusedAfterUnzippingNoMoreThanTheLimit() {
    byte[] bomb = HostileWorkbooks.zipBomb(256L << 20);
    assertThat((long) bomb.length).as("a small file").isLessThan(WorkbookLimits.defaults()
        .maxUploadBytes());
    long limit = WorkbookLimits.defaults().maxPartBytes();

    // The directory gives the true size: refused before inflating anything.
    Violation honest = refused(bomb, WorkbookLimits.defaults(), "part-too-large");
    assertThat(honest.value()).hasValue(String.valueOf(256L << 20));
    assertThat(honest.messageZh().orElseThrow()).contains(HostileWorkbooks.SHEET,
        String.valueOf(limit));

    // The directory lies (100 bytes): inflated through the counter, which stops just past it.
    long started = System.nanoTime();
    Violation lying = refused(HostileWorkbooks.lying(bomb), WorkbookLimits.defaults(),
        "part-too-large");
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    long unzipped = Long.parseLong(lying.value().orElseThrow());
    assertThat(unzipped).isGreaterThan(limit).isLessThanOrEqualTo(limit + 16 * 1024);
    assertThat(took).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aCellAtColumnZzzzzzIsRefusedBeforeTheReaderMakesRoomForIt() {
    Map<String, byte[]> parts = parts(TestWorkbook.asOf("2024-06-30").bytes());
    String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    parts.put("xl/worksheets/sheet1.xml", sheet.replace("<c r=\"A1\"", "<c r=\"ZZZZZZ1\"")
        .getBytes(StandardCharsets.UTF_8));
    InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
        () -> ObservationsWorkbook.read(zip(parts), PLAN));
    assertThat(refused.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(refused.violations().get(0).messageZh().orElseThrow()).contains("ZZZZZZ1");

    // A column within Excel's but beyond the limit is refused as a limit.
    parts.put("xl/worksheets/sheet1.xml", sheet.replace("<c r=\"A1\"", "<c r=\"XFD1\"")
        .getBytes(StandardCharsets.UTF_8));
    refused(zip(parts), WorkbookLimits.defaults(), "too-many-columns");
  }

  @Test
  void aDocumentTypeWithNestedEntitiesIsRefused() {
    Map<String, byte[]> parts = parts(TestWorkbook.asOf("2024-06-30").bytes());
    String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
    String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;"
        + "&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
    parts.put("xl/worksheets/sheet1.xml", sheet.replaceFirst("\\?>", "?>" + laughs)
        .replace("<c r=\"A1\"", "<c r=\"A1\" x=\"&c;\"").getBytes(StandardCharsets.UTF_8));
    InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
        () -> ObservationsWorkbook.read(zip(parts), PLAN));
    assertThat(refused.kind()).isEqualTo(Kind.UNREADABLE);
    assertThat(refused.violations()).extracting(Violation::rule)
        .containsExactly("damaged-workbook");
  }

  @Test
  void anEncryptedPartIsDamaged() {
    byte[] workbook = TestWorkbook.asOf("2024-06-30").bytes();
    byte[] encrypted = workbook.clone();
    // Set the "encrypted" flag of the first directory entry.
    for (int at = 0; at + 4 < encrypted.length; at++) {
      if (encrypted[at] == 0x50 && encrypted[at + 1] == 0x4B && encrypted[at + 2] == 1
          && encrypted[at + 3] == 2) {
        encrypted[at + 8] |= 1;
        break;
      }
    }
    InvalidWorkbookException refused = catchThrowableOfType(InvalidWorkbookException.class,
        () -> ObservationsWorkbook.read(encrypted, PLAN));
    assertThat(refused.violations()).extracting(Violation::rule)
        .containsExactly("damaged-workbook");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> WorkbookLimits.defaults().withMaxParts(0))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'maxParts' must be at least 1 but was 0");
    assertThatThrownBy(() -> WorkbookLimits.defaults().withMaxCells(16_385, 10))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage("'maxColumns' must be at most 16384 but was 16385");
    assertThat(WorkbookLimits.defaults()).isEqualTo(new WorkbookLimits(1 << 20, 8 << 20,
        16 << 20, 200, 64, 10_000, 300_000));
  }
}
