package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.model.BundledPlans;
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
    assertThat(e.errors()).singleElement().asString()
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
    assertThat(e.errors()).hasSize(3);
    assertThat(e.getMessage())
        .contains(corrupt.toString())
        .contains("unknown-reference").contains("no-such-bureau")
        .contains("negative-amount")
        .contains(missing + " does not exist");
  }

  @Test
  void twoPlansWithOneIdAreRefused() throws IOException {
    Path copy = dir.resolve("copy.json");
    Files.writeString(copy, bundledJson());
    PlanCatalog.PlanLoadException e = catchThrowableOfType(PlanCatalog.PlanLoadException.class,
        () -> PlanCatalog.load(List.of(copy)));
    assertThat(e.errors()).singleElement().asString().contains("gongqingcheng-2022")
        .contains("unique");
  }
}
