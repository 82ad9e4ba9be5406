package org.planmetrics.metrics.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.model.LocalizedText;

/** Each documented reason for NOT_ASSESSABLE has its own sentence, naming the input. */
class SentencesTest {

  static Stream<Arguments> reasons() {
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    return Stream.of(
        Arguments.of(new Reason.WindowNotStarted(2022, 2024, LocalDate.of(2021, 12, 31)),
            "规划期2022—2024年尚未开始(评估日期2021-12-31)",
            "the plan window 2022–2024 has not started by 2021-12-31"),
        Arguments.of(new Reason.NoYearToDateFigureYet(2023, "/series/cash-fdi/2023"),
            "2023年尚无累计数据(/series/cash-fdi/2023-MM)",
            "no year-to-date figure for 2023 yet (/series/cash-fdi/2023-MM)"),
        Arguments.of(new Reason.MissingFullYearFigure(2022, 2022, "/series/cash-fdi/2022"),
            "缺少2022年全年数据(/series/cash-fdi/2022),也没有2022年与上年同月的累计数据",
            "no full-year figure /series/cash-fdi/2022 and no year-to-date figures for the same "
                + "month of 2022 and 2021"),
        Arguments.of(new Reason.BaseNotPositive(new BigDecimal("0.00"), "/series/cash-fdi/2021"),
            "基期数值0.00不为正数(/series/cash-fdi/2021),无法计算增长率",
            "the base figure /series/cash-fdi/2021 is 0.00, not above zero, so growth is "
                + "undefined"),
        Arguments.of(new Reason.GapInFigures(2023, 2022, "/series/cash-fdi/2022"),
            "数据不连续:有2023年数据但缺少2022年数据(/series/cash-fdi/2022)",
            "the figures have a gap: 2023 is given but 2022 is missing (/series/cash-fdi/2022)"),
        Arguments.of(new Reason.NoFiguresYet(2022, "/series/cash-fdi/2022"),
            "规划期内尚无数据(需要/series/cash-fdi/2022或当年累计数据)",
            "no figures for the window yet (need /series/cash-fdi/2022 or a year-to-date figure "
                + "of 2022)"),
        Arguments.of(new Reason.NoRanksYet(2023), "2023年尚无同级单位数据或公布位次",
            "no peer figures or published ranks for 2023 yet"),
        Arguments.of(new Reason.NoRanks(2022),
            "缺少2022年的同级单位数据(/peers/2022)或公布位次(/ranks/2022)",
            "no peer figures (/peers/2022) or published ranks (/ranks/2022) for 2022"),
        Arguments.of(new Reason.OwnUnitMissingFromPeers("2023-06", "/peers/2023-06/gongqingcheng"),
            "2023-06期同级单位数据中缺少本单位(/peers/2023-06/gongqingcheng)",
            "the peer figures for 2023-06 lack the plan's own unit "
                + "(/peers/2023-06/gongqingcheng)"),
        Arguments.of(new Reason.FigureOutOfRange("/projects/3/investment", 100),
            "数值/projects/3/investment过大或过于精细,无法计算(最多100位数字,小数位数在±100以内)",
            "the figure /projects/3/investment is too large or too precise to compute with (at "
                + "most 100 digits, and a scale within ±100)"),
        Arguments.of(new Reason.NoProjectsInDenominator(asOf),
            "规划期内截至2023-06-30没有计入分母的项目(/projects)",
            "no ledger project counts in the denominator up to 2023-06-30 (/projects)"),
        Arguments.of(new Reason.MissingFigure("/series/outside-capital/2023-03"),
            "缺少所需数据(/series/outside-capital/2023-03)",
            "the figure /series/outside-capital/2023-03 is needed but not given"),
        Arguments.of(new Reason.PeriodNotStarted(LocalDate.of(2023, 7, 1), asOf),
            "目标时段自2023-07-01起,评估日期2023-06-30尚未开始",
            "the target's period starts on 2023-07-01, after 2023-06-30"),
        // A hundred days from 10 March: the sum needs the totals at 9 March and 17 June.
        Arguments.of(new Reason.PeriodNotWholeMonths(LocalDate.of(2023, 3, 10),
                LocalDate.of(2023, 6, 17), "/series/outside-capital"),
            "时段2023-03-10至2023-06-17不是整月,按月报送的累计数据(/series/outside-capital/YYYY-MM)"
                + "无法得出其间的数额:需要2023-03-09和2023-06-17的累计数;不按比例折算",
            "the period 2023-03-10 to 2023-06-17 is not whole months, and month-end year-to-date "
                + "figures (/series/outside-capital/YYYY-MM) cannot give its sum: it needs the "
                + "totals at 2023-03-09 and at 2023-06-17; nothing is pro-rated"),
        Arguments.of(new Reason.NegativeFigure(new BigDecimal("-1"),
                "/series/outside-capital/2024"),
            "数值-1为负数(/series/outside-capital/2024),无法计算年均增长率",
            "the figure /series/outside-capital/2024 is -1, below zero, so no average growth "
                + "reaches it"),
        Arguments.of(new Reason.NoInvestmentInDenominator(asOf),
            "规划期内截至2023-06-30计入分母的项目总投资为0(/projects),无从计算占比",
            "the projects in the denominator up to 2023-06-30 invest 0 in all (/projects), so "
                + "there is no share"),
        Arguments.of(new Reason.MissingPaidIn(List.of("/projects/1/paidIn")),
            "1个计入的项目未填实际到位资金(/projects/1/paidIn),未填不按0计",
            "1 counted project(s) have no capital paid in recorded (/projects/1/paidIn); a blank "
                + "is not read as 0"),
        Arguments.of(new Reason.EmptyCohort(2023, asOf),
            "2023年截至2023-06-30没有计入队列的项目(/projects),无从计算比率",
            "no project joined the 2023 cohort up to 2023-06-30 (/projects), so there is no rate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reasons")
  void eachReasonIsWordedInBothLanguages(Reason reason, String zh, String en) {
    assertThat(Sentences.reason(reason)).isEqualTo(LocalizedText.of(zh, en));
  }

  @org.junit.jupiter.api.Test
  void everyKindOfReasonHasACase() {
    List<Class<?>> covered = reasons().map(a -> (Class<?>) a.get()[0].getClass()).distinct()
        .collect(Collectors.toList());
    assertThat(covered).containsExactlyInAnyOrder(Reason.class.getPermittedSubclasses());
  }
}
