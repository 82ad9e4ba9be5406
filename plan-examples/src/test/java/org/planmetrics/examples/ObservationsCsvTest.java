package org.planmetrics.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.InvestorType;

class ObservationsCsvTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir
  Path dir;

  static Path fixture(String name) throws URISyntaxException {
    return Path.of(ObservationsCsvTest.class.getResource("cli/" + name).toURI());
  }

  private Path write(String file, String text) throws IOException {
    return Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  @Test
  void readsEveryFileIntoObservations() throws IOException {
    write("series.csv", "indicator,period,value\ncash-fdi,2021,0.165\ncash-fdi,2024-06,0.09\n");
    write("projects.csv", "id,name,signedOn,investment,industrial,leadingIndustry,"
        + "strategicEmerging,investorTypes\n"
        + "P-1,\"Illustrative, quoted\",2022-03-15,20.0,true,false,true,LISTED; MULTINATIONAL\n");
    write("events.csv", "kind,date\nTEAM_MEETING,2022-01-10\n");
    write("ranks.csv", "period,totalRank,growthRank,peerCount\n2023,2,6,13\n");
    write("peers.csv", "period,unit,total,growth\n2022,ruichang,2.4,0.20\n");
    Observations obs = ObservationsCsv.read(dir, AS_OF).observations();
    assertThat(obs.asOf()).isEqualTo(AS_OF);
    assertThat(obs.series().get("cash-fdi")).containsEntry("2024-06", new BigDecimal("0.09"));
    LedgerProject p = obs.projects().get(0);
    assertThat(p.name()).isEqualTo("Illustrative, quoted");
    assertThat(p.investment()).isEqualTo(new BigDecimal("20.0"));
    assertThat(p.industrial()).isTrue();
    assertThat(p.leadingIndustry()).isFalse();
    assertThat(p.investorTypes()).containsExactlyInAnyOrder(InvestorType.LISTED, InvestorType.MULTINATIONAL);
    assertThat(obs.events()).hasSize(1);
    assertThat(obs.ranks().get("2023").growthRank()).isEqualTo(6);
    assertThat(obs.peers().get("2022").get("ruichang").growth())
        .isEqualTo(new BigDecimal("0.20"));
  }

  @Test
  void aBadCellNamesTheFileTheLineAndTheColumn() throws URISyntaxException {
    assertThatThrownBy(() -> ObservationsCsv.read(fixture("bad-investment"), AS_OF))
        .isInstanceOf(ScorecardInputException.class)
        .hasMessageContaining("projects.csv:3: column 'investment'")
        .hasMessageContaining("'lots'")
        .satisfies(e -> assertThat(((ScorecardInputException) e).line()).isEqualTo(3));
  }

  @Test
  void lineNumbersCountBlankLines() throws IOException {
    write("events.csv", "kind,date\nTEAM_MEETING,2022-01-10\n\nTEAM_MEETING,2022-13-01\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("events.csv:4: column 'date'")
        .hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void anUnknownColumnIsAnErrorNamingIt() throws URISyntaxException {
    assertThatThrownBy(() -> ObservationsCsv.read(fixture("unknown-column"), AS_OF))
        .hasMessageContaining("events.csv:1: column 'owner'")
        .hasMessageContaining("unknown column");
  }

  @Test
  void aMissingColumnAndAShortRowAreErrors() throws IOException {
    write("ranks.csv", "period,totalRank,growthRank\n2023,2,6\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("ranks.csv:1: column 'peerCount'").hasMessageContaining("missing");
    write("ranks.csv", "period,totalRank,growthRank,peerCount\n2023,2,6\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("ranks.csv:2:").hasMessageContaining("3 cells");
  }

  @Test
  void badBooleansInvestorTypesAndDuplicatesAreErrors() throws IOException {
    String header = "id,name,signedOn,investment,industrial,leadingIndustry,strategicEmerging,"
        + "investorTypes\n";
    write("projects.csv", header + "P-1,x,2022-03-15,20,yes,false,false,\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("projects.csv:2: column 'industrial'")
        .hasMessageContaining("true or false");
    write("projects.csv", header + "P-1,x,2022-03-15,20,true,false,false,TOP_10\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("column 'investorTypes'").hasMessageContaining("TOP_10");
    Files.delete(dir.resolve("projects.csv"));
    write("series.csv", "indicator,period,value\ncash-fdi,2021,1\ncash-fdi,2021,2\n");
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("series.csv:3: column 'period'").hasMessageContaining("line 2");
  }

  @Test
  void anEmptyFolderIsAnError() {
    assertThatThrownBy(() -> ObservationsCsv.read(dir, AS_OF))
        .hasMessageContaining("series.csv");
  }

  @Test
  void pointersOfChecksMapBackToLines() throws URISyntaxException {
    ObservationsCsv.Result result =
        ObservationsCsv.read(fixture("unknown-indicator-csv"), AS_OF);
    assertThat(result.locate("/series/inside-capital").orElseThrow().line()).isEqualTo(3);
    assertThat(result.locate("/series/inside-capital/2021").orElseThrow().column())
        .isEqualTo("period");
  }
}
