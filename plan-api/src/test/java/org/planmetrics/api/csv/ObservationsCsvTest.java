package org.planmetrics.api.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.InvestorType;
import org.planmetrics.model.Language;
import org.planmetrics.model.Plan;
import org.planmetrics.model.plans.BundledPlans;

class ObservationsCsvTest {

  static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
  static final Plan PLAN = BundledPlans.gongqingcheng2022();
  static final String PROJECTS_HEADER = "id,name,signedOn,investment,industrial,leadingIndustry,"
      + "strategicEmerging,investorTypes\n";

  @TempDir
  Path dir;

  private Path write(String file, String text) throws IOException {
    return Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
  }

  private ObservationsCsv.Result read() {
    return ObservationsCsv.read(dir, AS_OF, PLAN);
  }

  private InvalidInputException refused() {
    return catchThrowableOfType(InvalidInputException.class, this::read);
  }

  @Test
  void readsEveryFileIntoObservations() throws IOException {
    write("series.csv", "indicator,period,value\ncash-fdi,2021,0.165\ncash-fdi,2024-06,0.09\n");
    write("projects.csv", PROJECTS_HEADER
        + "P-1,\"Illustrative, quoted\",2022-03-15,20.0,true,false,true,LISTED; MULTINATIONAL\n");
    write("events.csv", "kind,date\nTEAM_MEETING,2022-01-10\n");
    write("ranks.csv", "period,totalRank,growthRank,peerCount\n2023,2,6,13\n");
    write("peers.csv", "period,unit,total,growth\n2022,ruichang,2.4,0.20\n");
    Observations obs = read().observations();
    assertThat(obs.asOf()).isEqualTo(AS_OF);
    assertThat(obs.series().get("cash-fdi")).containsEntry("2024-06", new BigDecimal("0.09"));
    LedgerProject p = obs.projects().get(0);
    assertThat(p.name()).isEqualTo("Illustrative, quoted");
    assertThat(p.investment()).isEqualTo(new BigDecimal("20.0"));
    assertThat(p.industrial()).isTrue();
    assertThat(p.leadingIndustry()).isFalse();
    assertThat(p.investorTypes())
        .containsExactlyInAnyOrder(InvestorType.LISTED, InvestorType.MULTINATIONAL);
    assertThat(obs.events()).hasSize(1);
    assertThat(obs.ranks().get("2023").growthRank()).isEqualTo(6);
    assertThat(obs.peers().get("2022").get("ruichang").growth())
        .isEqualByComparingTo("0.20");
  }

  @Test
  void theRegistrationAndListingDatesAreReadUnderTheirChineseHeaders() throws IOException {
    write("projects.csv", "项目编号,签约日期,总投资(亿元),是否工业项目,是否主导产业,是否战略性新兴产业,"
        + "注册落地日期,入库日期\n"
        + "P-1,2022-03-15,20,true,false,false,2022-05-01,2022-09-30\n"
        + "P-2,2022-04-15,20,true,false,false,,\n"
        + "P-3,2022-04-15,20,true,false,false,2022-13-01,\n");

    InvalidInputException e = refused();

    // Line 4 (header, P-1, P-2, P-3) has month 13: the one error, in the registration column.
    assertThat(e.errors()).extracting(error -> error.line(), error -> error.column())
        .containsExactly(tuple(4, "注册落地日期"));
    Files.writeString(dir.resolve("projects.csv"), "项目编号,签约日期,总投资(亿元),是否工业项目,"
        + "是否主导产业,是否战略性新兴产业,注册落地日期,入库日期\n"
        + "P-1,2022-03-15,20,true,false,false,2022-05-01,2022-09-30\n"
        + "P-2,2022-04-15,20,true,false,false,,\n", StandardCharsets.UTF_8);
    List<LedgerProject> projects = read().observations().projects();
    assertThat(projects.get(0).registeredOn()).hasValue(LocalDate.of(2022, 5, 1));
    assertThat(projects.get(0).listedOn()).hasValue(LocalDate.of(2022, 9, 30));
    assertThat(projects.get(1).registeredOn()).isEmpty();
    assertThat(projects.get(1).listedOn()).isEmpty();
  }

  @Test
  void aPipelineProjectHasAPipelineDateAndNoSigningDate() throws IOException {
    write("projects.csv", "项目编号,储备日期,签约日期,总投资(亿元),是否工业项目,是否主导产业,是否战略性新兴产业\n"
        + "R-1,2024-03-08,,15,是,否,否\n"
        + "R-2,2024-01-10,2024-05-20,30,是,否,否\n"
        + "R-3,,,8,是,否,否\n");

    InvalidInputException e = refused();

    // Line 4 (header, R-1, R-2, R-3) has neither date: one error, at its signing date.
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(4);
      assertThat(error.column()).isEqualTo("签约日期");
      assertThat(error.rule()).isEqualTo("missing-stage");
      assertThat(error.text().zh()).contains("储备日期");
    });
    write("projects.csv", "项目编号,储备日期,签约日期,总投资(亿元),是否工业项目,是否主导产业,是否战略性新兴产业\n"
        + "R-1,2024-03-08,,15,是,否,否\n"
        + "R-2,2024-01-10,2024-05-20,30,是,否,否\n");
    List<LedgerProject> projects = read().observations().projects();
    assertThat(projects.get(0).pipelineOn()).hasValue(LocalDate.of(2024, 3, 8));
    assertThat(projects.get(0).signedOn()).isEmpty();
    assertThat(projects.get(1).pipelineOn()).hasValue(LocalDate.of(2024, 1, 10));
    assertThat(projects.get(1).signedOn()).hasValue(LocalDate.of(2024, 5, 20));
  }

  @Test
  void aForeignFundedProjectGivesItsForeignCapitalInTenThousandDollars() throws IOException {
    String header = "项目编号,签约日期,总投资(亿元),外资金额(万美元),是否工业项目,是否主导产业,是否战略性新兴产业\n";
    write("projects.csv", header
        + "P-1,2024-05-18,0.8,1500,是,否,否\n"
        + "P-2,2024-06-01,12,-5,是,否,否\n");

    InvalidInputException e = refused();

    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.column()).isEqualTo("外资金额(万美元)");
      assertThat(error.rule()).isEqualTo("negative-investment");
    });
    write("projects.csv", header + "P-1,2024-05-18,0.8,1500,是,否,否\n"
        + "P-2,2024-06-01,12,,是,否,否\n");
    List<LedgerProject> projects = read().observations().projects();
    assertThat(projects.get(0).foreignCapital()).hasValueSatisfying(v ->
        assertThat(v).isEqualByComparingTo("1500"));
    assertThat(projects.get(0).investment()).isEqualByComparingTo("0.8");
    assertThat(projects.get(1).foreignCapital()).isEmpty();
  }

  @Test
  void aGbkFileWithChineseHeadersIsReadAndItsEncodingSaid() throws IOException {
    String text = "项目编号,项目名称,签约日期,总投资(亿元),是否工业项目,是否主导产业,是否战略性新兴产业,投资方类型\n"
        + "P-1,示例项目甲,2022/3/15,\"1,120.5\",是,否,是,上市公司、跨国公司\n";
    Files.write(dir.resolve("项目台账.csv"), text.getBytes(Charset.forName("GBK")));
    ObservationsCsv.Result result = read();
    LedgerProject p = result.observations().projects().get(0);
    assertThat(p.name()).isEqualTo("示例项目甲");
    assertThat(p.signedOn()).hasValue(LocalDate.of(2022, 3, 15));
    assertThat(p.investment()).isEqualByComparingTo("1120.5");
    assertThat(p.industrial()).isTrue();
    assertThat(p.leadingIndustry()).isFalse();
    assertThat(p.investorTypes())
        .containsExactlyInAnyOrder(InvestorType.LISTED, InvestorType.MULTINATIONAL);
    assertThat(result.files()).singleElement()
        .satisfies(f -> assertThat(f.encoding()).isEqualTo(TextEncoding.GB18030));
    assertThat(result.notes()).singleElement().satisfies(n -> {
      assertThat(n.zh()).contains("项目台账.csv", "GBK/GB18030", "1行数据");
      assertThat(n.en()).contains("项目台账.csv", "GBK/GB18030", "1 row of data");
    });
  }

  @Test
  void aUtf8FileWithAByteOrderMarkIsReadAndTheMarkSaid() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "指标,期间,数值\n实际利用外资,2024年1-6月,1.25\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    Files.write(dir.resolve("series.csv"), bytes);
    ObservationsCsv.Result result = read();
    // The indicator's Chinese name stands for its id, and 1—6月 is the year to date.
    assertThat(result.observations().series().get("foreign-capital-utilized"))
        .containsEntry("2024-06", new BigDecimal("1.25"));
    assertThat(result.files().get(0).encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
    assertThat(result.notes().get(0).zh()).contains("UTF-8,带BOM");
  }

  @Test
  void aSemicolonFileGetsAdviceNotAParserError() throws IOException {
    write("series.csv", "indicator;period;value\ncash-fdi;2021;0,165\n");
    InvalidInputException e = refused();
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("semicolon-separated");
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.text(Language.ZH)).contains("分号", "CSV UTF-8(逗号分隔)");
      assertThat(error.text(Language.EN)).contains("semicolons", "Save As");
    });
  }

  @Test
  void aFileWithThreeBadCellsGivesThreeErrorsEachWithItsPlace() throws IOException {
    write("projects.csv", PROJECTS_HEADER
        + "P-1,x,2022-03-15,20,true,false,false,\n"
        + "P-2,y,3/15/2022,lots,true,maybe,false,\n");
    InvalidInputException e = refused();
    assertThat(e.errors()).extracting(InputError::line, InputError::column, InputError::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "signedOn", "ambiguous-date"),
            org.assertj.core.groups.Tuple.tuple(3, "investment", "not-a-number"),
            org.assertj.core.groups.Tuple.tuple(3, "leadingIndustry", "not-yes-or-no"));
    assertThat(e.errors()).allSatisfy(error -> {
      assertThat(error.source()).endsWith("projects.csv");
      assertThat(error.violation().value()).isPresent();
      assertThat(error.violation().messageZh()).isPresent();
    });
    assertThat(e.errors().get(1).text(Language.EN))
        .endsWith("projects.csv:3: column 'investment': must be a number such as 12.5 but was"
            + " 'lots' [not-a-number]");
    assertThat(e.errors().get(1).text(Language.ZH))
        .endsWith("projects.csv 第3行 “investment”列:须为数字,例如12.5,实为'lots' [not-a-number]");
    assertThat(e.heading(Language.ZH)).isEqualTo("输入有3处错误:");
  }

  @Test
  void errorsOfSeveralFilesAndOfThePlanChecksComeTogether() throws IOException {
    write("series.csv", "indicator,period,value\ninside-capital,2021,1\ncash-fdi,2021,12%\n");
    write("events.csv", "kind,date\nTEAM_MEETING,2022-13-01\n");
    InvalidInputException e = refused();
    assertThat(e.errors()).extracting(InputError::rule)
        .containsExactlyInAnyOrder("percent-in-amount", "not-a-date", "unknown-indicator");
    InputError unknown = e.errors().stream().filter(x -> x.rule().equals("unknown-indicator"))
        .findFirst().orElseThrow();
    assertThat(unknown.line()).isEqualTo(2);
    assertThat(unknown.column()).isEqualTo("indicator");
  }

  @Test
  void headerProblemsAreListedTogether() throws IOException {
    write("ranks.csv", "period,totalRank,owner,owner\n2023,2,x,y\n");
    InvalidInputException e = refused();
    assertThat(e.errors()).extracting(InputError::column, InputError::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("owner", "unknown-column"),
        org.assertj.core.groups.Tuple.tuple("owner", "unknown-column"),
        org.assertj.core.groups.Tuple.tuple("增幅排名 growthRank", "missing-column"),
        org.assertj.core.groups.Tuple.tuple("参评单位数 peerCount", "missing-column"));
  }

  @Test
  void lineNumbersCountBlankLinesAndLineBreaksInsideQuotes() throws IOException {
    write("projects.csv", PROJECTS_HEADER + "P-1,\"two\nlines\",2022-03-15,20,true,false,false,\n"
        + "\nP-2,x,2022-13-01,20,true,false,false,\n");
    assertThat(refused().errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(5);
      assertThat(error.column()).isEqualTo("signedOn");
    });
  }

  @Test
  void duplicatesNameTheLineOfTheFirst() throws IOException {
    write("series.csv", "indicator,period,value\ncash-fdi,2021,1\ncash-fdi,2021年,2\n");
    assertThat(refused().errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("duplicate-period");
      assertThat(error.line()).isEqualTo(3);
      assertThat(error.text(Language.EN)).contains("at line 2");
    });
  }

  @Test
  void anUnfilledTemplateRowIsSkipped() throws IOException {
    write("series.csv", "指标 indicator,期间 period,数值 value\ncash-fdi,2021,\ncash-fdi,2022,0.17\n");
    assertThat(read().observations().series().get("cash-fdi")).containsOnlyKeys("2022");
  }

  @Test
  void aRateIndicatorsValueMayBeAPercentage() throws IOException {
    write("peers.csv", "期间,单位,总量,增幅\n2022,瑞昌市,2.4,12.5%\n2022,ruichang,2.4,0.1\n");
    InvalidInputException e = refused();
    // The Chinese name stands for the id, so the second row repeats the first.
    assertThat(e.errors()).singleElement()
        .satisfies(error -> assertThat(error.rule()).isEqualTo("duplicate-unit"));
  }

  @Test
  void aWorkbookSavedAsCsvAndTextInNoKnownEncodingAreRefusedWithAdvice() throws IOException {
    Files.write(dir.resolve("series.csv"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0});
    Files.write(dir.resolve("events.csv"),
        "kind,date\nVISIT,2022-01-10 caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    InvalidInputException e = refused();
    assertThat(e.errors()).extracting(InputError::rule)
        .containsExactlyInAnyOrder("workbook-not-csv", "not-text");
    // An .xlsx needs only its own name back: the tool reads workbooks itself.
    assertThat(e.errors()).filteredOn(error -> error.rule().equals("workbook-not-csv"))
        .singleElement().satisfies(error ->
            assertThat(error.text().zh()).contains("扩展名改回.xlsx后直接使用"));
  }

  @Test
  void anOldXlsSavedAsCsvIsToldToBeSavedAgain() throws IOException {
    Files.write(dir.resolve("series.csv"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11,
        (byte) 0xE0, 0, 0});
    assertThat(refused().errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("workbook-not-csv");
      assertThat(error.text().en()).contains("old Excel workbook (.xls)",
          "Save As 'Excel Workbook (.xlsx)'");
    });
  }

  @Test
  void aFolderWithoutTablesSaysWhichNamesAreRead() throws IOException {
    write("data.csv", "a,b\n1,2\n");
    assertThat(refused().errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("no-tables");
      assertThat(error.text(Language.EN)).contains("series.csv", "projects.csv", "data.csv");
      assertThat(error.text(Language.ZH)).contains("指标数据.csv");
    });
  }

  @Test
  void tasksNeedTheRosterAndAnUnknownTeamIsAnError() throws IOException {
    write("tasks.csv", "team,year,metric,task\nteam-1,2024,signed-projects,3\n");
    assertThat(refused().errors()).extracting(InputError::rule).containsExactly("missing-table");
    write("teams.csv", "组团编号,组团名称\nteam-1,招商一组\n");
    write("tasks.csv", "组团编号,年度,任务指标,任务数\nteam-1,2024年,签约项目数,3\nteam-9,2024,activities,5\n");
    InvalidInputException e = refused();
    assertThat(e.errors()).singleElement().satisfies(error -> {
      assertThat(error.rule()).isEqualTo("unknown-team");
      assertThat(error.line()).isEqualTo(3);
    });
  }

  @Test
  void tasksThatBreakTheTeamsRulesAreEveryOneAnErrorAtTheirLine() throws IOException {
    // Such a team cannot be built: each rule is found before building, none stops the reading.
    write("teams.csv", "id,nameZh\nteam-1,招商一组\n");
    write("tasks.csv", "team,year,metric,task\nteam-1,2024,signed-projects,0\n"
        + "team-1,2024,signed-investment,-3\nteam-1,2024,activities,2.5\n"
        + "team-1,2024,major-projects,1\n");
    List<InputError> errors = refused().errors();
    assertThat(errors).extracting(InputError::line, InputError::column, InputError::rule)
        .containsExactly(tuple(2, "task", "not-positive"), tuple(3, "task", "not-positive"),
            tuple(4, "task", "not-whole"));
    assertThat(errors.get(1).text(Language.ZH)).contains("'signed-investment'的任务须大于0,实为-3");
  }

  @Test
  void theRosterAndItsTasksAreRead() throws IOException {
    write("teams.csv", "id,nameZh,nameEn,units\nteam-1,招商一组,,commerce-bureau\n");
    write("tasks.csv", "team,year,metric,task\nteam-1,2024,签约项目数,3\n");
    Observations obs = read().observations();
    assertThat(obs.teams()).singleElement().satisfies(t -> {
      assertThat(t.name().en()).isEqualTo("招商一组");
      assertThat(t.tasks().get("2024")).containsEntry("signed-projects", new BigDecimal("3"));
    });
  }

  @Test
  void theOnlyExceptionIsTheListOfErrors() throws IOException {
    write("series.csv", "indicator,period,value\n\"cash-fdi,2021,1\n");
    assertThatThrownBy(this::read).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unclosed-quote");
  }

  @Test
  void ranksThatBreakTheirRulesAreEveryOneAnErrorAtItsCell() throws IOException {
    // Such ranks cannot be built: each rule is found before building, none stops the reading.
    write("ranks.csv", "period,totalRank,growthRank,peerCount\n2022,14,0,13\n2023,2,6,0\n"
        + "2023-06,2,6,20000\n");
    List<InputError> errors = refused().errors();
    assertThat(errors).extracting(InputError::line, InputError::column, InputError::rule)
        .containsExactly(tuple(2, "totalRank", "bad-rank"), tuple(2, "growthRank", "bad-rank"),
            tuple(3, "peerCount", "bad-rank"), tuple(4, "peerCount", "too-large"));
    assertThat(errors.get(0).text(Language.EN))
        .contains("'totalRank' must be between 1 and 'peerCount' (13) but was 14");
    assertThat(errors.get(2).text(Language.ZH)).contains("须至少为1,实为0");
  }

  @Test
  void theRulesOfTheWholeAreEveryOneAnErrorAtItsLine() throws IOException {
    // Observations that break them cannot be built: each is found first, none stops the reading.
    write("series.csv", "indicator,period,value\ncash-fdi,2022,0.17\ncash-fdi,2022年1-12月,0.2\n");
    write("ranks.csv", "period,totalRank,growthRank,peerCount\n2023-12,2,6,13\n2023,2,6,13\n");
    write("projects.csv", "id,signedOn,investment,industrial,leadingIndustry,strategicEmerging,"
        + "team\nP-1,2022-03-15,20,true,false,false,team-9\n");
    List<InputError> errors = refused().errors();
    assertThat(errors).extracting(InputError::source, InputError::line, InputError::rule)
        .containsExactlyInAnyOrder(tuple(dir.resolve("series.csv").toString(), 3,
                "duplicate-period"),
            tuple(dir.resolve("ranks.csv").toString(), 3, "duplicate-period"),
            tuple(dir.resolve("projects.csv").toString(), 2, "unknown-team"));
    assertThat(errors).filteredOn(e -> e.rule().equals("unknown-team")).singleElement()
        .satisfies(e -> assertThat(e.column()).isEqualTo("team"));
  }

  @Test
  void pointersOfTheChecksMapBackToLines() throws IOException {
    write("projects.csv", PROJECTS_HEADER + "P-1,x,2022-03-15,20,true,false,false,\n"
        + "P-1,y,2022-04-15,-5,true,false,false,\n");
    List<InputError> errors = refused().errors();
    assertThat(errors).extracting(InputError::rule)
        .containsExactlyInAnyOrder("duplicate-id", "negative-investment");
    assertThat(errors).allSatisfy(error -> assertThat(error.line()).isEqualTo(3));
    assertThat(errors).extracting(InputError::column).containsExactlyInAnyOrder("id", "investment");
  }
}
