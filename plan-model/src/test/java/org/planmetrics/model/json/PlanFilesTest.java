package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.FirstTierRule;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.KeyDirection;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.PeerGroup;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.Responsibility;
import org.planmetrics.model.ResponsibilityRole;
import org.planmetrics.model.ResponsibleUnit;
import org.planmetrics.model.UnitKind;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.model.time.WindowReading;
import org.planmetrics.model.time.WindowSelection;

class PlanFilesTest {

  private static final String FIXTURES = "/org/planmetrics/model/fixtures/";
  private static final String MINIMAL = FIXTURES + "minimal-plan.json";

  @Test
  void minimalPlanLoadsWithEveryPart() {
    Plan plan = PlanFiles.loadResource(MINIMAL);

    assertThat(plan.id()).isEqualTo("examplevale-2030");
    assertThat(plan.goals()).hasSize(1);
    assertThat(plan.targets()).extracting(t -> t.kind().name())
        .containsExactly("ANNUAL_GROWTH", "CUMULATIVE_AMOUNT", "SHARE");
    assertThat(plan.units()).hasSize(3);
    assertThat(plan.keyDirections()).hasSize(1);
    assertThat(plan.measures()).hasSize(1);
    assertThat(plan.safeguards()).hasSize(1);
    assertThat(plan.cadences()).hasSize(1);
    assertThat(plan.projectTiers().tiers()).hasSize(2);
    assertThat(plan.peerGroup().units()).hasSize(3);
    assertThat(plan.window()).isEqualTo(PlanWindow.of(2030, 2032));
  }

  @Test
  void planFileIsLoadedFromAFilePath(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("my-county.json");
    Files.writeString(file, resourceText(MINIMAL));

    Plan plan = PlanFiles.load(file);

    assertThat(plan).isEqualTo(PlanFiles.loadResource(MINIMAL));
  }

  @Test
  void invalidPlanFileLoadedFromAPathNamesThePathAsItsSource(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, resourceText(FIXTURES + "invalid/duplicate-unit-id.json"));

    InvalidPlanException e =
        catchThrowableOfType(InvalidPlanException.class, () -> PlanFiles.load(file));

    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.getMessage()).contains(file.toString(), "/units/3/id");
  }

  @Test
  void missingPlanFileGivesUncheckedIoExceptionNamingThePath(@TempDir Path dir) {
    Path file = dir.resolve("absent.json");

    assertThatThrownBy(() -> PlanFiles.load(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aFileOfExactlyTheLimitLoadsAndOneByteMoreIsRefusedNamingFileLimitAndSize(
      @TempDir Path dir) throws IOException {
    byte[] plan = resourceText(MINIMAL).getBytes(StandardCharsets.UTF_8);
    Path atLimit = dir.resolve("at-limit.json");
    Files.write(atLimit, plan);
    Path overLimit = dir.resolve("over-limit.json");
    byte[] padded = Arrays.copyOf(plan, plan.length + 1);
    padded[plan.length] = ' '; // still a valid plan: only the size is wrong
    Files.write(overLimit, padded);

    assertThat(PlanFiles.load(atLimit, plan.length)).isEqualTo(PlanFiles.loadResource(MINIMAL));
    PlanFileTooLargeException e = catchThrowableOfType(PlanFileTooLargeException.class,
        () -> PlanFiles.load(overLimit, plan.length));

    assertThat(e).isNotNull();
    assertThat(e.file()).isEqualTo(overLimit);
    assertThat(e.limit()).isEqualTo(plan.length);
    assertThat(e.sizeOnDisk()).hasValue(plan.length + 1);
    assertThat(e.getMessage()).isEqualTo("plan file " + overLimit + " has more than "
        + plan.length + " bytes (its size on disk is " + (plan.length + 1) + "); the limit is "
        + plan.length);
  }

  @Test
  void aFileThatReportsNoSizeIsStillReadOnlyUpToTheLimit(@TempDir Path dir) throws IOException {
    // Files under /proc report a size of 0 whatever they hold; the limit must not trust it.
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isRegularFile(status) && Files.size(status) == 0,
        "needs a /proc file that reports size 0");
    Path link = Files.createSymbolicLink(dir.resolve("status.json"), status);

    PlanFileTooLargeException e = catchThrowableOfType(PlanFileTooLargeException.class,
        () -> PlanFiles.load(link, 64));

    assertThat(e).isNotNull();
    assertThat(e.sizeOnDisk()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("plan file " + link + " has more than 64 bytes; the limit is 64");
    Files.delete(link); // @TempDir would warn about a link that leaves it
  }

  @Test
  void aLatin1FileIsReportedAsNotUtf8WithTheByteItsOffsetAndLine(@TempDir Path dir)
      throws IOException {
    String text = resourceText(MINIMAL);
    int at = text.indexOf("Examplevale") + "Examplevale".length();
    byte[] before = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] after = text.substring(at).getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = new byte[before.length + 1 + after.length];
    System.arraycopy(before, 0, latin1, 0, before.length);
    latin1[before.length] = (byte) 0xE9; // é in Latin-1; in UTF-8 it would be C3 A9
    System.arraycopy(after, 0, latin1, before.length + 1, after.length);
    Path file = dir.resolve("latin1.json");
    Files.write(file, latin1);
    long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.load(file));

    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEmpty();
      assertThat(v.rule()).isEqualTo(PlanFiles.NOT_UTF_8);
      assertThat(v.value()).hasValue("0xE9");
      assertThat(v.message()).isEqualTo("the plan file is not UTF-8 text (invalid byte 0xE9 at"
          + " byte offset " + before.length + ", line " + line + "); save it as UTF-8");
    });
    assertThat(e.getMessage()).doesNotContain("Input length");
  }

  @Test
  void aLeadingUtf8ByteOrderMarkIsSkipped(@TempDir Path dir) throws IOException {
    // Older Windows Notepad starts UTF-8 files with EF BB BF; the JSON parser alone refuses it.
    byte[] plan = resourceText(MINIMAL).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[plan.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(plan, 0, withBom, 3, plan.length);
    Path file = dir.resolve("notepad.json");
    Files.write(file, withBom);

    assertThat(PlanFiles.load(file)).isEqualTo(PlanFiles.loadResource(MINIMAL));
  }

  @Test
  void aFolderOrADeviceIsRefusedAsNotARegularFile(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder.json"));
    assertThatThrownBy(() -> PlanFiles.load(folder))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("plan file " + folder + " is not a regular file but a folder;"
            + " only regular files are read");
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
    assertThatThrownBy(() -> PlanFiles.load(link))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(link.toString()).hasMessageContaining("is not a regular file");
    Files.delete(link); // @TempDir would warn about a link that leaves it
  }

  @Test
  void aSymbolicLinkToAPlanFileLoads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("real.json");
    Files.writeString(file, resourceText(MINIMAL));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);

    assertThat(PlanFiles.load(link)).isEqualTo(PlanFiles.loadResource(MINIMAL));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, (1L << 30) + 1})
  void aLimitOutsideOneByteToOneGibibyteIsRefused(long maxBytes, @TempDir Path dir) {
    assertThatThrownBy(() -> PlanFiles.load(dir.resolve("any.json"), maxBytes))
        .isInstanceOfSatisfying(InvalidArgumentException.class,
            e -> assertThat(e.argument()).isEqualTo("maxBytes"))
        .hasMessage("'maxBytes' must be between 1 and 1073741824 but was " + maxBytes);
  }

  @Test
  void bundledPlanWrittenAndReadBackIsEqual() {
    Plan bundled = BundledPlans.gongqingcheng2022();

    Plan readBack = PlanFiles.read(PlanFiles.write(bundled), "round-trip");

    assertThat(readBack).isEqualTo(bundled);
  }

  @Test
  void minimalPlanWrittenAndReadBackIsEqual() {
    Plan minimal = PlanFiles.loadResource(MINIMAL);

    String written = PlanFiles.write(minimal);

    assertThat(PlanFiles.read(written, "round-trip")).isEqualTo(minimal);
    assertThat(PlanFiles.write(PlanFiles.read(written, "round-trip"))).isEqualTo(written);
  }

  @Test
  void missingClasspathResourceIsAnInvalidArgumentNamingIt() {
    String resource = FIXTURES + "no-such-plan.json";

    assertThatThrownBy(() -> PlanFiles.loadResource(resource))
        .isInstanceOfSatisfying(InvalidArgumentException.class, e -> {
          assertThat(e.argument()).isEqualTo("resource");
          assertThat(e.value()).isEqualTo(resource);
        })
        .hasMessage("'resource' must name a plan file on the classpath but was '" + resource
            + "'");
  }

  @ParameterizedTest(name = "{0} -> {1} [{2}]")
  @CsvSource(delimiter = '|', textBlock = """
      # file                               | pointer                                    | rule                | field in message | bad value
      duplicate-unit-id.json               | /units/3/id                                | duplicate-id        | id               | commerce-office
      unknown-responsible-unit.json        | /keyDirections/0/responsibilities/0/unit   | unknown-reference   | unit             | trade-office
      unknown-indicator.json               | /goals/0/targets/0/indicator               | unknown-reference   | indicator        | inside-capital
      unknown-goal-of-key-direction.json   | /keyDirections/0/goals/0                   | unknown-reference   | goals            | fewer-capital
      share-out-of-range.json              | /goals/0/targets/2/threshold/value         | share-out-of-range  | threshold        | 1.3
      negative-cumulative-amount.json      | /goals/0/targets/1/threshold/value         | negative-amount     | threshold        | -30
      growth-threshold-in-count.json       | /goals/0/targets/0/threshold/unit          | unit-mismatch       | threshold        | COUNT
      window-end-before-start.json         | /window/readings/0/window/endYear          | window-order        | endYear          | 2029
      overlapping-tiers.json               | /projectTiers/tiers/1                      | overlapping-tiers   | bandMode         | medium
      unknown-field.json                   | /goals/0/targets/0/priority                | unknown-field       | priority         | priority
      missing-operator.json                | /goals/0/targets/1/operator                | missing-field       | operator         |
      missing-key-direction-title.json     | /keyDirections/0/title                     | missing-field       | title            |
      wrong-type-minimum-count.json        | /cadences/0/minimumCount                   | wrong-type          | minimumCount     | two
      truncated.json                       | ''                                         | malformed-json      | line             |
      duplicate-json-key.json              | ''                                         | malformed-json      | commitment       | commitment
      """)
  void eachDefectIsReportedAloneWithItsPathRuleFieldAndValue(String file, String pointer,
      String rule, String field, String badValue) {
    String resource = FIXTURES + "invalid/" + file;

    InvalidPlanException e = refusal(resource);

    assertThat(e.source()).isEqualTo("classpath:" + resource);
    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pointer, rule));
    Violation violation = e.violations().get(0);
    assertThat(violation.message()).contains(field);
    if (badValue == null) {
      assertThat(violation.value()).isEmpty();
    } else {
      assertThat(violation.value()).contains(badValue);
      assertThat(violation.message()).contains(badValue);
    }
    assertThat(e.getMessage()).contains(violation.toString());
  }

  @Test
  void duplicateUnitIdIsReportedWithItsPathAndTheFirstUse() {
    InvalidPlanException e = refusal(FIXTURES + "invalid/duplicate-unit-id.json");

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/units/3/id");
      assertThat(v.message()).contains("'commerce-office'", "/units/0");
    });
  }

  @Test
  void everyDefectOfAPlanIsListedNotOnlyTheFirst() {
    InvalidPlanException e = refusal(FIXTURES + "invalid/three-defects.json");

    assertThat(e.violations())
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(
            tuple("/goals/0/targets/0/indicator", "unknown-reference", "inside-capital"),
            tuple("/goals/0/targets/2/threshold/value", "share-out-of-range", "1.3"),
            tuple("/units/3/id", "duplicate-id", "commerce-office"));
    assertThat(e.getMessage()).contains("3 errors");
  }

  @Test
  void moreThanAHundredSchemaViolationsAreListedAsTheFirstHundredAndACount() throws IOException {
    StringBuilder fields = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      fields.append(String.format(Locale.ROOT, "\"extra-%03d\": %d, ", i, i));
    }
    String json = resourceText(MINIMAL).replaceFirst("\\{", "{" + fields);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "many fields"));

    assertThat(e).isNotNull();
    assertThat(e.violationCount()).isEqualTo(150);
    assertThat(e.isComplete()).isTrue();
    assertThat(e.violations()).hasSize(InvalidPlanException.MAX_LISTED)
        .extracting(Violation::path).startsWith("/extra-000", "/extra-001")
        .endsWith("/extra-099");
    assertThat(e.getMessage())
        .startsWith("invalid plan many fields: 150 errors, the first 100 listed\n")
        .endsWith("\n  …and 50 more");
  }

  @Test
  void moreThanAHundredViolationsOfThePlanRulesAreCountedUnderTheFileName(@TempDir Path dir)
      throws IOException {
    String unit = "{\"id\": \"commerce-office\", \"name\": {\"zh\": \"县商务局\", \"en\":"
        + " \"County Bureau of Commerce\"}, \"kind\": \"MUNICIPAL_BUREAU\"}, ";
    String json = resourceText(MINIMAL).replaceFirst("\"units\"\\s*:\\s*\\[",
        "\"units\": [" + unit.repeat(150));
    Path file = dir.resolve("copies.json");
    Files.writeString(file, json);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.load(file));

    assertThat(e).isNotNull();
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.violationCount()).isEqualTo(150);
    assertThat(e.violations()).hasSize(100)
        .allSatisfy(v -> assertThat(v.rule()).isEqualTo("duplicate-id"));
    assertThat(e.getMessage()).startsWith("invalid plan " + file + ": 150 errors, the first 100"
        + " listed\n").endsWith("\n  …and 50 more");
  }

  /** {@code {"goals":[{},{},…]}} with {@code goals} empty goals, padded with spaces to {@code bytes}. */
  private static Path emptyGoals(Path file, int goals, int bytes) throws IOException {
    StringBuilder json = new StringBuilder(bytes).append("{\"goals\":[");
    for (int i = 0; i < goals; i++) {
      json.append(i == 0 ? "{}" : ",{}");
    }
    json.append("]}");
    assertThat(json.length()).as("room for %s goals", goals).isLessThanOrEqualTo(bytes);
    json.append(" ".repeat(bytes - json.length()));
    return Files.writeString(file, json, StandardCharsets.US_ASCII);
  }

  /** The lines of the message that list a violation. */
  private static long listedLines(InvalidPlanException e) {
    return e.getMessage().lines().filter(line -> line.startsWith("  /")).count();
  }

  @Test
  void fiftyThousandAndOneEmptyGoalsAreRefusedListingTheFirstHundredThenAndMore(
      @TempDir Path dir) throws IOException {
    // 250,020 missing fields: the validator once held them all, 88 MB, and ran a 128 MiB server
    // out of memory. Now it is stopped at the 1,001st and the first are found in a prefix.
    Path file = emptyGoals(dir.resolve("empty-goals.json"), 50_001, 150_014);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.load(file));

    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(InvalidPlanException.MAX_LISTED)
        .allSatisfy(v -> assertThat(v.rule()).isEqualTo("missing-field"))
        .extracting(Violation::path)
        .startsWith("/goals/0/clause", "/goals/0/id", "/goals/0/targets", "/goals/0/text",
            "/goals/0/title", "/goals/1/clause")
        .endsWith("/goals/19/title");
    assertThat(e.isComplete()).isFalse();
    assertThat(e.violationCount()).isEqualTo(SchemaCheck.MAX_MESSAGES + 1);
    assertThat(listedLines(e)).isEqualTo(100);
    assertThat(e.getMessage())
        .startsWith("invalid plan " + file + ": at least 1001 errors, the first 100 listed\n"
            + "  /goals/0/clause [missing-field] 'clause' is required but missing\n")
        .endsWith("\n  …and more");
  }

  @Test
  void aFourMebibyteFileOfEmptyGoalsIsRefusedForItsValuesListingAHundredThenAndMore(
      @TempDir Path dir) throws IOException {
    // 1,398,097 goals: a 110 MB tree before any check. Only the first 262,144 values are read.
    int bytes = Math.toIntExact(PlanFiles.DEFAULT_MAX_BYTES);
    Path file = emptyGoals(dir.resolve("four-mebibytes.json"), 1_398_097, bytes);
    assertThat(Files.size(file)).isEqualTo(4L << 20);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.load(file));

    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(InvalidPlanException.MAX_LISTED);
    assertThat(e.violations().get(0)).isEqualTo(Violation.of("", PlanFiles.TOO_MANY_VALUES,
        "the plan file holds more than 262144 JSON values, the most allowed with a size limit"
            + " of 4194304 bytes (one for every 16 bytes, and at least 65536); only the first"
            + " 262144 were checked",
        Optional.empty()).withMessageZh("方案文件中的JSON值超过262144个,即文件大小上限4194304字节所允许的"
            + "最多个数(每16字节一个,至少65536个);只检查了前262144个"));
    assertThat(e.violations().subList(1, 100))
        .allSatisfy(v -> assertThat(v.rule()).isEqualTo("missing-field"))
        .extracting(Violation::path).startsWith("/goals/0/clause", "/goals/0/id");
    assertThat(e.isComplete()).isFalse();
    assertThat(listedLines(e)).isEqualTo(100);
    assertThat(e.getMessage()).endsWith("\n  …and more");
  }

  @Test
  void aFileWithMoreValuesThanItsLimitIsRefusedEvenIfItsFirstValuesAreValid(@TempDir Path dir)
      throws IOException {
    // 70,000 references to one goal: schema-valid, but more values than 1,000,000 bytes allow.
    String goals = "\"goals\": [" + "\"g\", ".repeat(70_000) + "\"g\"], ";
    String json = resourceText(MINIMAL).replaceFirst("(\"keyDirections\"\\s*:\\s*\\[\\s*\\{)",
        "$1" + goals);
    Path file = Files.writeString(dir.resolve("references.json"), json);
    assertThat(Files.size(file)).isLessThan(1_000_000);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.load(file, 1_000_000));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo(PlanFiles.TOO_MANY_VALUES);
      assertThat(v.message()).contains("more than 65536 JSON values");
    });
    assertThat(e.isComplete()).isFalse();
    assertThat(e.getMessage()).isEqualTo("invalid plan " + file + ": at least 1 error\n  "
        + e.violations().get(0));
  }

  @ParameterizedTest(name = "{0} bytes allow {1} values")
  @CsvSource({"1, 65536", "1048576, 65536", "4194304, 262144", "1073741824, 67108864"})
  void aFileMayHoldOneValueForEverySixteenBytesOfItsLimitButAtLeast65536(long maxBytes,
      long values) {
    assertThat(PlanFiles.maxValues(maxBytes)).isEqualTo(values);
  }

  @ParameterizedTest(name = "{0} unknown fields")
  @CsvSource({"1000, true", "1001, false"})
  void upToAThousandSchemaViolationsAreCountedAndBeyondTheCheckStops(int fields,
      boolean complete) throws IOException {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < fields; i++) {
      extra.append(String.format(Locale.ROOT, "\"extra-%04d\": %d, ", i, i));
    }
    String json = resourceText(MINIMAL).replaceFirst("\\{", "{" + extra);

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "extra fields"));

    assertThat(e).isNotNull();
    assertThat(e.isComplete()).isEqualTo(complete);
    assertThat(e.violationCount()).isEqualTo(fields);
    assertThat(e.violations()).hasSize(100).extracting(Violation::path)
        .startsWith("/extra-0000").endsWith("/extra-0099");
    assertThat(e.getMessage()).endsWith(complete ? "…and 900 more" : "…and more");
  }

  @Test
  void anImpossibleDateIsRefusedWithItsPathAndValue() throws IOException {
    String json = resourceText(MINIMAL).replaceFirst("\"publicationDate\"\\s*:\\s*\"[^\"]*\"",
        "\"publicationDate\": \"2030-02-30\"");

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "bad date"));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("/publicationDate");
      assertThat(v.value()).hasValue("2030-02-30");
      assertThat(v.message()).contains("2030-02-30");
    });
  }

  @Test
  void anUnknownFieldWithSlashOrTildeIsEscapedInItsPointer() throws IOException {
    String json = resourceText(MINIMAL).replaceFirst("\\{", "{\"a/b~c\": 1,");

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "odd field"));

    assertThat(e.violations()).extracting(Violation::path).containsExactly("/a~1b~0c");
  }

  @Test
  void planBuiltInJavaWithABrokenReferenceIsRefusedByBuildWithThePath() {
    ResponsibleUnit commerce = ResponsibleUnit.builder()
        .id("commerce-office")
        .name(LocalizedText.of("县商务局", "County Bureau of Commerce"))
        .kind(UnitKind.MUNICIPAL_BUREAU)
        .build();
    KeyDirection direction = KeyDirection.builder()
        .id("green-industry")
        .clause("2.1")
        .title(LocalizedText.of("绿色产业", "Green industry"))
        .text(LocalizedText.of("引进绿色产业项目。", "Bring in green industry projects."))
        .addResponsibilities(Responsibility.builder()
            .unit("no-such-office")
            .role(ResponsibilityRole.LEAD)
            .build())
        .build();
    Plan.Builder builder = Plan.builder()
        .id("java-built-2030")
        .title(LocalizedText.of("虚构方案", "Fictional plan"))
        .issuer(LocalizedText.of("示例县人民政府", "Examplevale County Government"))
        .publishingDepartment(LocalizedText.of("示例县商务局", "Examplevale Bureau of Commerce"))
        .publicationDate(LocalDate.of(2030, 1, 15))
        .informationIndexNumber("TEST-0002/2030")
        .windowSelection(WindowSelection.single(WindowReading.builder()
            .id("stated")
            .window(PlanWindow.of(2030, 2032))
            .rationale(LocalizedText.of("文中写明。", "Stated in the text."))
            .build()))
        .addUnits(commerce)
        .addKeyDirections(direction)
        .projectTiers(ProjectTierRules.builder().build())
        .peerGroup(PeerGroup.builder()
            .id("example-prefecture")
            .name(LocalizedText.of("示例市各县", "Counties of Example Prefecture"))
            .self("examplevale")
            .addUnits(PeerUnit.builder()
                .id("examplevale")
                .name(LocalizedText.of("示例县", "Examplevale"))
                .build())
            .firstTierRule(FirstTierRule.topThird())
            .build());

    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class, builder::build);

    assertThat(e).as("build() must refuse the plan").isNotNull();
    assertThat(e.source()).contains("java-built-2030");
    assertThat(e.violations())
        .extracting(Violation::path, Violation::rule, v -> v.value().orElse(null))
        .containsExactly(tuple("/keyDirections/0/responsibilities/0/unit", "unknown-reference",
            "no-such-office"));
  }

  /** The exception loading {@code resource} must throw. */
  private static InvalidPlanException refusal(String resource) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.loadResource(resource));
    assertThat(e).as("loading %s must fail with InvalidPlanException", resource).isNotNull();
    return e;
  }

  private static String resourceText(String resource) throws IOException {
    try (InputStream in = PlanFilesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
