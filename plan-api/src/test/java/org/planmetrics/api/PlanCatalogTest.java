package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Plan;
import org.planmetrics.model.json.PlanFiles;

/** Start-up plan files: all valid, or nothing served, with every error listed. */
class PlanCatalogTest {

  @TempDir
  Path dir;

  private String bundledJson() {
    return PlanFiles.write(BundledPlans.gongqingcheng2022());
  }

  @Test
  void theBundledPlanIsAlwaysServed() {
    assertThat(PlanCatalog.load(List.of()).plans()).extracting(Plan::id)
        .containsExactly("gongqingcheng-2022");
  }

  @Test
  void aFolderContributesEveryJsonPlanInIt() throws IOException {
    Files.writeString(dir.resolve("other.json"), bundledJson()
        .replace("\"gongqingcheng-2022\"", "\"other-county-2024\""));
    Files.writeString(dir.resolve("notes.txt"), "not a plan");
    PlanCatalog catalog = PlanCatalog.load(List.of(dir));
    assertThat(catalog.plans()).extracting(Plan::id)
        .containsExactly("gongqingcheng-2022", "other-county-2024");
    assertThat(catalog.assessor("other-county-2024")).isPresent();
  }

  @Test
  void aHalfWrittenFileStopsStartUpWithItsError() throws IOException {
    String json = bundledJson();
    Path file = dir.resolve("half.json");
    Files.writeString(file, json.substring(0, json.length() / 2));
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(file)));
    assertThat(e).isNotNull();
    assertThat(english(e)).singleElement().asString()
        .contains(file.toString()).contains("malformed-json");
  }

  @Test
  void everyErrorOfEveryFileIsListedAndNothingIsServed() throws IOException {
    Path corrupt = dir.resolve("a-corrupt.json");
    Files.write(corrupt, new byte[] {(byte) 0xC3, (byte) 0x28, '{'});
    Path invalid = dir.resolve("b-invalid.json");
    Files.writeString(invalid, bundledJson()
        .replace("\"gongqingcheng-2022\"", "\"second-2024\"")
        .replace("\"unit\" : \"culture-tourism-bureau\"", "\"unit\" : \"no-such-bureau\"")
        .replace("\"value\" : 304.2", "\"value\" : -304.2"), StandardCharsets.UTF_8);
    Path missing = dir.resolve("c-missing.json");
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(corrupt, invalid, missing)));
    assertThat(e).isNotNull();
    assertThat(english(e)).hasSize(3);
    assertThat(e.getMessage())
        .contains(corrupt.toString())
        .contains("is not UTF-8 text (invalid byte 0xC3 at byte offset 0, line 1)")
        .contains("unknown-reference").contains("no-such-bureau")
        .contains("negative-amount")
        .contains(missing + " does not exist");
  }

  @Test
  void entriesOfAFolderThatAreNotRegularFilesAreReportedPromptlyAndNeverOpened()
      throws Exception {
    Files.writeString(dir.resolve("a-valid.json"), bundledJson()
        .replace("\"gongqingcheng-2022\"", "\"valid-a-2024\""));
    Path pipe = SpecialFiles.namedPipe(dir.resolve("b-pipe.json"));
    Path folder = Files.createDirectory(dir.resolve("c-folder.json"));

    // Opening the pipe would wait for a writer for ever; the bound only guards against that.
    PlanCatalog.PlanLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> catchThrowableOfType(PlanCatalog.PlanLoadException.class,
            () -> PlanCatalog.load(List.of(dir))));

    assertThat(e).isNotNull();
    assertThat(english(e)).containsExactly(
        "plan file " + pipe + " is not a regular file but a device, named pipe or socket;"
            + " only regular files are read",
        "plan file " + folder + " is not a regular file but a folder; only regular files are"
            + " read");
  }

  @Test
  void pathsGivenDirectlyThatAreNotRegularFilesAreNotCalledMissing() throws Exception {
    Path zero = SpecialFiles.linkToDevZero(dir.resolve("zero.json"));
    Path pipe = SpecialFiles.namedPipe(dir.resolve("pipe.json"));
    Path missing = dir.resolve("missing.json");

    PlanCatalog.PlanLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> catchThrowableOfType(PlanCatalog.PlanLoadException.class,
            () -> PlanCatalog.load(List.of(zero, pipe, missing))));

    assertThat(e).isNotNull();
    assertThat(english(e)).hasSize(3);
    assertThat(english(e).get(0)).startsWith("plan file " + zero + " is not a regular file");
    assertThat(english(e).get(1)).startsWith("plan file " + pipe + " is not a regular file");
    assertThat(english(e).get(2)).isEqualTo("plan file " + missing + " does not exist");
    Files.delete(zero); // @TempDir would warn about a link that leaves it
  }

  @Test
  void aFileOverTheLimitDoesNotHideTheErrorsOfTheOtherFiles() throws IOException {
    // Room for the bundled plan (a valid file must load), and a file one byte over.
    long limit = 200_000;
    Path big = SpecialFiles.sparseFile(dir.resolve("a-big.json"), limit + 1);
    Path invalid = dir.resolve("b-invalid.json");
    Files.writeString(invalid, "{\"formatVersion\": 1}");
    Files.writeString(dir.resolve("c-valid.json"), bundledJson()
        .replace("\"gongqingcheng-2022\"", "\"valid-c-2024\""));

    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir), limit));

    assertThat(e).isNotNull();
    assertThat(english(e)).hasSize(2);
    assertThat(english(e).get(0)).isEqualTo("plan file " + big + " has more than 200000 bytes"
        + " (its size on disk is 200001); the limit is 200000 (--max-plan-file-bytes)");
    assertThat(english(e).get(1)).contains(invalid.toString()).contains("missing-field");
  }

  @Test
  void theLimitAppliesToEachFileAndAFileOfExactlyTheLimitLoads() throws IOException {
    String json = bundledJson().replace("\"gongqingcheng-2022\"", "\"other-county-2024\"");
    Path file = dir.resolve("other.json");
    Files.writeString(file, json);
    long size = Files.size(file);

    assertThat(PlanCatalog.load(List.of(file), size).plans()).extracting(Plan::id)
        .containsExactly("gongqingcheng-2022", "other-county-2024");
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(file), size - 1));
    assertThat(english(e)).singleElement().asString()
        .contains("the limit is " + (size - 1) + " (--max-plan-file-bytes)");
  }

  @Test
  void aFileThatRunsTheHeapOutIsReportedPlainlyAndTheOtherFilesAreStillChecked()
      throws IOException {
    Path invalid = Files.writeString(dir.resolve("a-invalid.json"), "{\"formatVersion\": 1}");
    Path huge = Files.writeString(dir.resolve("b-huge.json"), "{}");
    Path latin1 = dir.resolve("c-latin1.json");
    Files.write(latin1, "{\"id\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    PlanCatalog.PlanFileReader reader = (file, maxBytes) -> {
      if (file.equals(huge)) {
        // What PlanFiles would throw for a file the raised limit lets in but the heap cannot hold.
        throw new OutOfMemoryError("Java heap space");
      }
      return PlanFiles.load(file, maxBytes);
    };

    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir), 1 << 30, reader));

    assertThat(e).isNotNull();
    assertThat(english(e)).hasSize(3);
    assertThat(english(e).get(0)).startsWith("invalid plan " + invalid + ": ");
    assertThat(english(e).get(1)).isEqualTo("plan file " + huge + " could not be checked: the"
        + " server ran out of memory while loading it; raise -Xmx or lower"
        + " --max-plan-file-bytes");
    assertThat(english(e).get(2)).startsWith("invalid plan " + latin1 + ": 1 error");
    assertThat(e.getMessage()).doesNotContain("OutOfMemoryError").doesNotContain("java.");
    assertThat(e.getSuppressed()).isEmpty();
  }

  @Test
  void aFileWhoseLoadingFailsUnexpectedlyIsReportedAsABugAndTheOtherFilesAreStillChecked()
      throws IOException {
    Path odd = Files.writeString(dir.resolve("a-odd.json"), "{}");
    Path invalid = Files.writeString(dir.resolve("b-invalid.json"), "{\"formatVersion\": 1}");
    IllegalStateException bug = new IllegalStateException("org.planmetrics.Thing broke");
    PlanCatalog.PlanFileReader reader = (file, maxBytes) -> {
      if (file.equals(odd)) {
        throw bug;
      }
      return PlanFiles.load(file, maxBytes);
    };

    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir), PlanFiles.DEFAULT_MAX_BYTES, reader));

    assertThat(e).isNotNull();
    assertThat(english(e)).containsExactly("plan file " + odd + " could not be checked: the plan"
        + " loader failed in a way it should not (a bug); please report it with the file",
        english(e).get(1));
    assertThat(english(e).get(1)).startsWith("invalid plan " + invalid + ": ");
    assertThat(e.getMessage()).doesNotContain("IllegalStateException").doesNotContain("Thing");
    assertThat(e.getSuppressed()).containsExactly(bug);
  }

  @Test
  void aLimitOutsideWhatPlanFilesAcceptsIsRefusedWhenThereIsAFileToRead() throws IOException {
    Path file = Files.writeString(dir.resolve("plan.json"), bundledJson());

    assertThatThrownBy(() -> PlanCatalog.load(List.of(file), 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'maxPlanFileBytes' must be between 1 and 1073741824 but was 0");
    assertThat(PlanCatalog.load(List.of(), 0).plans()).hasSize(1);
  }

  @Test
  void aFileOfFiftyThousandEmptyGoalsListsAHundredErrorsAndTheNextFileItsOwn()
      throws IOException {
    Path goals = SpecialFiles.emptyGoals(dir.resolve("a-goals.json"), 50_001, 150_014);
    Path invalid = Files.writeString(dir.resolve("b-invalid.json"), "{\"formatVersion\": 1}");

    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(dir)));

    assertThat(e).isNotNull();
    assertThat(english(e)).hasSize(2);
    assertThat(english(e).get(0))
        .startsWith("invalid plan " + goals + ": at least 1001 errors, the first 100 listed\n")
        .endsWith("\n  …and more");
    assertThat(english(e).get(0).lines().filter(line -> line.startsWith("  /goals/")))
        .hasSize(100);
    assertThat(english(e).get(1)).startsWith("invalid plan " + invalid + ": 16 errors");
  }

  @Test
  void twoPlansWithOneIdAreRefused() throws IOException {
    Path copy = dir.resolve("copy.json");
    Files.writeString(copy, bundledJson());
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(copy)));
    assertThat(english(e)).singleElement().asString().contains("gongqingcheng-2022")
        .contains("unique");
  }

  /**
   * Each error's English half: an operator reads the Chinese first, then the same in English
   * after " / ", or, for an invalid file, from "invalid plan" on.
   */
  private static java.util.List<String> english(PlanCatalog.PlanLoadException e) {
    assertThat(e.errors()).allSatisfy(error ->
        assertThat(error.codePointAt(0)).as("a Chinese start: %s", error).isGreaterThan(0x2E7F));
    return e.errors().stream().map(error -> {
      int invalid = error.indexOf("\ninvalid plan ");
      if (invalid >= 0) {
        return error.substring(invalid + 1);
      }
      int slash = error.indexOf(" / ");
      return slash >= 0 ? error.substring(slash + 3) : error;
    }).toList();
  }
}
