package org.planmetrics.api.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

/**
 * {@link ObservationsCsv#read(List, LocalDate, Plan)}: files held in memory, as the REST API
 * receives them, are read as a folder's are, and their errors name each file by its name alone.
 */
class CsvFilesInMemoryTest {

  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  private static final Plan PLAN = BundledPlans.gongqingcheng2022();
  /** Maven runs the tests with the module as working directory; the repo root is one up. */
  private static final Path SAMPLES = Path.of("..", "samples", "csv");

  private static CsvFile file(String name, String text) {
    return new CsvFile(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static InvalidInputException refused(CsvFile... files) {
    return catchThrowableOfType(InvalidInputException.class,
        () -> ObservationsCsv.read(List.of(files), AS_OF, PLAN));
  }

  @Test
  void theSampleFilesReadFromMemoryGiveWhatTheFolderGives() throws IOException {
    List<CsvFile> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(SAMPLES)) {
      for (Path path : list.sorted().toList()) {
        files.add(new CsvFile(path.getFileName().toString(), Files.readAllBytes(path)));
      }
    }
    ObservationsCsv.Result sent = ObservationsCsv.read(files, AS_OF, PLAN);
    ObservationsCsv.Result folder = ObservationsCsv.read(SAMPLES, AS_OF, PLAN);
    assertThat(sent.observations()).isEqualTo(folder.observations());
    // In the tables' order, whatever the order sent.
    assertThat(sent.files()).extracting(ObservationsCsv.FileRead::file)
        .containsExactly("series.csv", "projects.csv", "events.csv", "ranks.csv", "teams.csv",
            "tasks.csv");
    assertThat(sent.notes().get(0).zh()).startsWith("已读取 series.csv(UTF-8,");
  }

  @Test
  void anErrorNamesTheFileByItsNameAloneWithLineAndColumn() {
    InvalidInputException e = refused(file("series.csv",
        "indicator,period,value\ncash-fdi,2021,0.165\ncash-fdi,2022,lots\n"));
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.source()).isEqualTo("series.csv");
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.column()).isEqualTo("value");
      assertThat(error.text(Language.ZH)).startsWith("series.csv 第3行 “value”列:");
    });
  }

  @Test
  void theChecksOfThePlanArePlacedInTheFileThatWasSent() {
    InvalidInputException e = refused(file("指标数据.csv", "指标,期间,数值\nnowhere,2021,1\n"));
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("unknown-indicator");
      assertThat(error.source()).isEqualTo("指标数据.csv");
      assertThat(error.line()).isEqualTo(2);
      assertThat(error.column()).isEqualTo("指标");
    });
  }

  @Test
  void filesWithoutATablesNameAreNamedWhenNoneIsATable() {
    InvalidInputException e = refused(file("data.csv", "a,b\n1,2\n"),
        file("observations.xlsx", "PK"));
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("no-tables");
      assertThat(error.source()).isEmpty();
      assertThat(error.violation().messageZh().orElseThrow())
          .startsWith("所传文件中没有可读的表").endsWith(";所传为 data.csv、observations.xlsx");
      assertThat(error.violation().message())
          .startsWith("the files sent include none of the tables series.csv, ");
    });
    assertThat(refused().errors()).extracting(InputError::rule).containsExactly("no-tables");
  }

  @Test
  void aFileThatIsNotCsvIsNotedBesideTheTablesRead() {
    ObservationsCsv.Result result = ObservationsCsv.read(List.of(
        file("ranks.csv", "period,totalRank,growthRank,peerCount\n2023,2,6,13\n"),
        file("notes.txt", "figures from the statistics bureau")), AS_OF, PLAN);
    assertThat(result.notes()).extracting(n -> n.en())
        .contains("not read: notes.txt (not a table's name: series.csv, projects.csv, "
            + "events.csv, ranks.csv, peers.csv, teams.csv, tasks.csv)");
  }

  @Test
  void twoFilesForOneTableAndAWorkbookNamedCsvAreRefusedAsInAFolder() {
    InvalidInputException e = refused(file("ranks.csv", "period,totalRank\n"),
        file("排名.csv", "period,totalRank\n"),
        new CsvFile("series.csv", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0}));
    assertThat(e.errors()).extracting(InputError::source, InputError::rule)
        .contains(org.assertj.core.groups.Tuple.tuple("排名.csv", "duplicate-table"),
            org.assertj.core.groups.Tuple.tuple("series.csv", "workbook-not-csv"));
    assertThat(ObservationsCsv.UNREADABLE_RULES).contains("workbook-not-csv")
        .doesNotContain("duplicate-table", "not-a-number");
  }
}
