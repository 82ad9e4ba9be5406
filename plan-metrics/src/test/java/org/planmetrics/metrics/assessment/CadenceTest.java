package org.planmetrics.metrics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.planmetrics.metrics.assessment.Fixtures.DUTIES_EN;
import static org.planmetrics.metrics.assessment.Fixtures.DUTIES_ZH;
import static org.planmetrics.metrics.assessment.Fixtures.PLAN;
import static org.planmetrics.metrics.assessment.Fixtures.cadence;
import static org.planmetrics.metrics.assessment.Fixtures.scorecard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.planmetrics.metrics.CadenceShortfall;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.wording.DutySentences;
import org.planmetrics.model.CadencePeriod;
import org.planmetrics.model.CadenceRequirement;
import org.planmetrics.model.json.PlanJson;

/**
 * The plan's cadences, through {@code Assessor.scorecard(...).cadences()}: every finished period
 * that starts on or after 2022-12-22 (the day the plan was issued, from which its duties count)
 * and ends inside 2022–2024 up to the assessment date is checked; any short period makes the
 * cadence MISSED; all periods kept is MET once the window has ended and ON_TRACK before. So the
 * first month counted is 2023-01 (December 2022 started on the 1st, before the issue date), the
 * first ISO week 2022-W52 (Monday 2022-12-26), the first quarter 2023-Q1 and the first year 2023.
 */
class CadenceTest {

  private static final String TEAM = "team-meetings-monthly";
  private static final String TEAM_PROGRESS = "team-progress-meetings-monthly";
  private static final String TRAININGS = "trainings-yearly";
  private static final String GROUP_BULLETINS = "group-activity-bulletins-weekly";
  private static final String OFFICE_BULLETINS = "office-bulletins-weekly";
  private static final String NEWSLETTER = "investment-newsletter-weekly";

  /** {@code perMonth} events of {@code kind} in every month from {@code from} to {@code to}. */
  private static List<LoggedEvent> monthly(String kind, int perMonth, String from, String to,
      Predicate<YearMonth> skipOne) {
    List<LoggedEvent> events = new ArrayList<>();
    for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
      int count = skipOne.test(m) ? perMonth - 1 : perMonth;
      for (int i = 0; i < count; i++) {
        events.add(LoggedEvent.of(kind, m.atDay(5 + 10 * i)));
      }
    }
    return events;
  }

  private static List<LoggedEvent> monthly(String kind, int perMonth, String from, String to) {
    return monthly(kind, perMonth, from, to, m -> false);
  }

  @Test
  void everyCadenceOfThePlanIsCheckedInPlanOrder() {
    Scorecard s = scorecard("2023-06-30", List.of());

    assertThat(s.cadences()).extracting(CadenceAssessment::cadenceId)
        .containsExactlyElementsOf(PLAN.cadences().stream().map(CadenceRequirement::id).toList());
  }

  @Test
  void twoTeamMeetingsEveryMonthAreOnTrackMidWindow() {
    Scorecard s = scorecard("2024-06-30", monthly("TEAM_MEETING", 2, "2023-01", "2024-06"));

    CadenceAssessment c = cadence(s, TEAM);
    assertThat(c.status()).isEqualTo(Status.ON_TRACK);
    assertThat(c.countsFrom()).isEqualTo("2023-01");
    assertThat(c.periodsChecked()).isEqualTo(18);
    assertThat(c.shortfalls()).isEmpty();
    assertThat(c.kind()).isEqualTo("TEAM_MEETING");
    assertThat(c.period()).isEqualTo(CadencePeriod.MONTH);
    assertThat(c.minimumCount()).isEqualTo(2);
    assertThat(c.explanation().zh())
        .isEqualTo("招商组团小分队会议要求每月不少于2次,自2023-01起计:已结束的18个月均达到要求。进度正常。" + DUTIES_ZH);
    assertThat(c.explanation().en()).isEqualTo("Investment team squad meeting, at least 2 "
        + "per month, counted from 2023-01: all 18 finished months complied. On track." + DUTIES_EN);
    assertThat(c.readings()).containsExactly("window", "duties-start");
  }

  @Test
  void twoTeamMeetingsEveryMonthOfTheWindowAreMetAfterIt() {
    List<LoggedEvent> events = monthly("TEAM_MEETING", 2, "2022-01", "2024-12");

    CadenceAssessment after = cadence(scorecard("2025-01-31", events), TEAM);
    CadenceAssessment lastDay = cadence(scorecard("2024-12-31", events), TEAM);
    CadenceAssessment dayBefore = cadence(scorecard("2024-12-30", events), TEAM);

    // 2023-01 to 2024-12: the twelve months of 2022 are in the window but before the duties.
    assertThat(after.status()).isEqualTo(Status.MET);
    assertThat(after.periodsChecked()).isEqualTo(24);
    assertThat(after.explanation().en()).endsWith(". Met." + DUTIES_EN);
    assertThat(lastDay.status()).isEqualTo(Status.MET);
    assertThat(lastDay.periodsChecked()).isEqualTo(24);
    assertThat(dayBefore.status()).isEqualTo(Status.ON_TRACK);
    assertThat(dayBefore.periodsChecked()).isEqualTo(23);
  }

  @Test
  void oneMonthWithASingleMeetingIsMissedAndListed() {
    Scorecard s = scorecard("2024-06-30", monthly("TEAM_MEETING", 2, "2023-01", "2024-06",
        m -> m.equals(YearMonth.of(2023, 3))));

    CadenceAssessment c = cadence(s, TEAM);
    assertThat(c.status()).isEqualTo(Status.MISSED);
    assertThat(c.periodsChecked()).isEqualTo(18);
    assertThat(c.periodsShort()).isEqualTo(1);
    assertThat(c.shortfalls()).containsExactly(new CadenceShortfall("2023-03", "2023-03",
        LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), 1, 1, 2));
    assertThat(c.explanation().zh()).isEqualTo(
        "招商组团小分队会议要求每月不少于2次,自2023-01起计:已结束的18个月中1个月未达到要求(2023-03为1次)。未达标。"
            + DUTIES_ZH);
    assertThat(c.explanation().en()).isEqualTo("Investment team squad meeting, at least 2 "
        + "per month, counted from 2023-01: 1 of 18 finished months fell short (2023-03 had 1). "
        + "Missed." + DUTIES_EN);
  }

  @Test
  void bothTeamMeetingRequirementsCountTheSameEvents() {
    Scorecard kept = scorecard("2024-06-30", monthly("TEAM_MEETING", 2, "2023-01", "2024-06"));
    Scorecard shortInMarch = scorecard("2024-06-30", monthly("TEAM_MEETING", 2, "2023-01",
        "2024-06", m -> m.equals(YearMonth.of(2023, 3))));

    assertThat(cadence(kept, TEAM_PROGRESS).status()).isEqualTo(Status.ON_TRACK);
    assertThat(cadence(shortInMarch, TEAM_PROGRESS).status()).isEqualTo(Status.MISSED);
    assertThat(cadence(shortInMarch, TEAM_PROGRESS).shortfalls())
        .isEqualTo(cadence(shortInMarch, TEAM).shortfalls());
  }

  @Test
  void eventsOfAnotherKindDoNotCount() {
    Scorecard s = scorecard("2023-03-31", monthly("TRAINING", 2, "2023-01", "2023-03"));

    assertThat(cadence(s, TEAM).periodsShort()).isEqualTo(3);
    assertThat(cadence(s, TEAM).shortfalls()).containsExactly(new CadenceShortfall("2023-01",
        "2023-03", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), 3, 0, 2));
  }

  @Test
  void fourTrainingsAYearAreKeptFrom2023() {
    List<LoggedEvent> events = new ArrayList<>();
    for (int year = 2022; year <= 2024; year++) {
      for (int quarter = 0; quarter < 4; quarter++) {
        events.add(LoggedEvent.of("TRAINING", LocalDate.of(year, 1 + 3 * quarter, 15)));
      }
    }

    CadenceAssessment mid2023 = cadence(scorecard("2023-06-30", events), TRAININGS);
    CadenceAssessment mid2024 = cadence(scorecard("2024-06-30", events), TRAININGS);
    CadenceAssessment after = cadence(scorecard("2025-01-01", events), TRAININGS);

    // 2022 began before the plan was issued, so the first year counted is 2023.
    assertThat(mid2023.status()).isEqualTo(Status.ON_TRACK);
    assertThat(mid2023.periodsChecked()).isZero();
    assertThat(mid2024.periodsChecked()).isEqualTo(1);
    assertThat(mid2024.period()).isEqualTo(CadencePeriod.YEAR);
    assertThat(after.status()).isEqualTo(Status.MET);
    assertThat(after.periodsChecked()).isEqualTo(2);
    assertThat(after.explanation().zh()).isEqualTo(
        "招商引资集中培训要求每年不少于4次,自2023年起计:已结束的2年均达到要求。达标。" + DUTIES_ZH);
  }

  @Test
  void threeTrainingsIn2023AreMissedAndATrainingBeforeTheDutiesStartDoesNotHelp() {
    List<LoggedEvent> events = new ArrayList<>();
    events.add(LoggedEvent.of("TRAINING", LocalDate.of(2022, 12, 20)));
    for (int i = 0; i < 3; i++) {
      events.add(LoggedEvent.of("TRAINING", LocalDate.of(2023, 3 + i, 1)));
    }

    CadenceAssessment c = cadence(scorecard("2024-01-31", events), TRAININGS);

    assertThat(c.status()).isEqualTo(Status.MISSED);
    assertThat(c.shortfalls()).extracting(CadenceShortfall::from).containsExactly("2023");
    assertThat(c.shortfalls().get(0).countEach()).isEqualTo(3);
    assertThat(c.explanation().zh()).isEqualTo(
        "招商引资集中培训要求每年不少于4次,自2023年起计:已结束的1年均未达到要求(2023年为3次)。未达标。"
            + DUTIES_ZH);
    // One period: "the 1 finished year", not "all 1 finished years".
    assertThat(c.explanation().en()).contains(": the 1 finished year fell short (2023 had 3).");
  }

  @Test
  void weeklyBulletinsEveryMondayKeepBothWeeklyRequirements() {
    List<LoggedEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2022, 1, 3); d.getYear() < 2025; d = d.plusWeeks(1)) {
      events.add(LoggedEvent.of("WEEKLY_BULLETIN", d));
    }
    // Whole ISO weeks from the first Monday on or after 2022-12-22 (2022-12-26) to Sunday
    // 2024-12-29, the last whole week inside the window.
    long weeks = ChronoUnit.WEEKS.between(LocalDate.of(2022, 12, 26), LocalDate.of(2024, 12, 30));

    Scorecard s = scorecard("2025-01-31", events);

    for (String id : List.of(GROUP_BULLETINS, OFFICE_BULLETINS)) {
      CadenceAssessment c = cadence(s, id);
      assertThat(c.status()).as(id).isEqualTo(Status.MET);
      assertThat(c.countsFrom()).as(id).isEqualTo("2022-W52");
      assertThat(c.periodsChecked()).as(id).isEqualTo(weeks).isEqualTo(105);
      assertThat(c.period()).isEqualTo(CadencePeriod.WEEK);
    }
  }

  @Test
  void aWeekWithoutABulletinIsMissedForBothWeeklyRequirements() {
    // A bulletin every Friday from 2022-W52 to 2023-W08 except in 2023-W02 (01-09 to 01-15).
    List<LoggedEvent> events = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2022, 12, 26); d.isBefore(LocalDate.of(2023, 3, 1));
        d = d.plusWeeks(1)) {
      if (!d.equals(LocalDate.of(2023, 1, 9))) {
        events.add(LoggedEvent.of("WEEKLY_BULLETIN", d.with(DayOfWeek.FRIDAY)));
      }
    }

    Scorecard s = scorecard("2023-02-26", events);

    for (String id : List.of(GROUP_BULLETINS, OFFICE_BULLETINS)) {
      CadenceAssessment c = cadence(s, id);
      assertThat(c.status()).as(id).isEqualTo(Status.MISSED);
      assertThat(c.shortfalls()).containsExactly(new CadenceShortfall("2023-W02", "2023-W02",
          LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 15), 1, 0, 1));
      assertThat(c.periodsChecked()).isEqualTo(9);
    }
  }

  @Test
  void theWeeklyNewsletterIsADutyOfItsOwnThatBulletinsDoNotKeep() {
    // 五.4's 招商简讯 each week is not the 通报 of 四.(二).5 and 五.2: each kind keeps only its own.
    List<LoggedEvent> bulletins = new ArrayList<>();
    List<LoggedEvent> newsletters = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2022, 12, 26); d.isBefore(LocalDate.of(2023, 2, 27));
        d = d.plusWeeks(1)) {
      bulletins.add(LoggedEvent.of("WEEKLY_BULLETIN", d));
      newsletters.add(LoggedEvent.of("INVESTMENT_NEWSLETTER", d.plusDays(4)));
    }

    Scorecard onlyBulletins = scorecard("2023-02-26", bulletins);
    Scorecard onlyNewsletters = scorecard("2023-02-26", newsletters);

    CadenceAssessment newsletter = cadence(onlyNewsletters, NEWSLETTER);
    assertThat(newsletter.kind()).isEqualTo("INVESTMENT_NEWSLETTER");
    assertThat(newsletter.countsFrom()).isEqualTo("2022-W52");
    assertThat(newsletter.periodsChecked()).isEqualTo(9);
    assertThat(newsletter.status()).isEqualTo(Status.ON_TRACK);
    assertThat(cadence(onlyBulletins, NEWSLETTER).periodsShort()).isEqualTo(9);
    assertThat(cadence(onlyBulletins, OFFICE_BULLETINS).shortfalls()).isEmpty();
    assertThat(cadence(onlyNewsletters, OFFICE_BULLETINS).periodsShort()).isEqualTo(9);
    assertThat(newsletter.explanation().zh()).isEqualTo(
        "招商简讯要求每周不少于1次,自2022-W52起计:已结束的9周均达到要求。进度正常。依据的解读:"
            + "规划期按2022—2024年计;会议、通报、培训等职责自方案印发之日2022-12-22起计,只计此日或之后"
            + "开始的周期;“每周督导”按每周至少出1期招商简讯计。");
    assertThat(newsletter.readings()).containsExactly("window", "duties-start",
        "newsletter-weekly");
  }

  @Test
  void aLogWithNothingInItIsOneRunNotEighteenEntries() {
    CadenceAssessment eighteen = cadence(scorecard("2024-06-30", List.of()), TEAM);

    assertThat(eighteen.periodsShort()).isEqualTo(18);
    assertThat(eighteen.shortfalls()).containsExactly(new CadenceShortfall("2023-01", "2024-06",
        LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30), 18, 0, 2));
    assertThat(eighteen.explanation().zh()).isEqualTo("招商组团小分队会议要求每月不少于2次,自2023-01起计:"
        + "已结束的18个月均未达到要求(2023-01至2024-06每月均为0次)。未达标。" + DUTIES_ZH);
    assertThat(eighteen.explanation().en()).isEqualTo("Investment team squad meeting, at "
        + "least 2 per month, counted from 2023-01: all 18 finished months fell short (2023-01 "
        + "to 2024-06 had 0 each). Missed." + DUTIES_EN);
  }

  @Test
  void aDifferentCountOrAMetPeriodStartsANewRun() {
    // 2023: one meeting in January, none in February and March, two in April, none in May.
    List<LoggedEvent> events = List.of(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, 1, 5)),
        LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, 4, 5)),
        LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, 4, 15)));

    CadenceAssessment c = cadence(scorecard("2023-05-31", events), TEAM);

    assertThat(c.periodsChecked()).isEqualTo(5);
    assertThat(c.periodsShort()).isEqualTo(4);
    assertThat(c.shortfalls()).extracting(CadenceShortfall::from, CadenceShortfall::to,
        CadenceShortfall::periods, CadenceShortfall::countEach).containsExactly(
            tuple("2023-01", "2023-01", 1, 1),
            tuple("2023-02", "2023-03", 2, 0),
            tuple("2023-05", "2023-05", 1, 0));
    assertThat(c.explanation().zh()).contains("4个月未达到要求(2023-01为1次;2023-02至2023-03每月均为0次;"
        + "2023-05为0次)");
    assertThat(c.explanation().en()).contains("4 of 5 finished months fell short (2023-01 had 1; "
        + "2023-02 to 2023-03 had 0 each; 2023-05 had 0)");
  }

  @Test
  void periodsShortIsDerivedFromTheRunsAndMayNotExceedThePeriodsChecked() throws Exception {
    CadenceAssessment c = cadence(scorecard("2024-06-30", List.of()), TEAM);
    String json = PlanJson.mapper().writeValueAsString(c);

    assertThat(c.periodsShort()).isEqualTo(18);
    assertThat(json).contains("\"periodsChecked\":18,\"periodsShort\":18,");
    assertThatThrownBy(() -> CadenceAssessment.builder().from(c).periodsChecked(17).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the runs in 'shortfalls' hold 18 periods, more than 'periodsChecked' (17)");
    // Read back, it is computed again from the runs, whatever the input said.
    assertThat(PlanJson.mapper().readValue(json, CadenceAssessment.class)).isEqualTo(c);
    assertThat(PlanJson.mapper().readValue(json.replace("\"periodsShort\":18",
        "\"periodsShort\":17"), CadenceAssessment.class).periodsShort()).isEqualTo(18);
  }

  @Test
  void runsTooLongToCountAreRefusedRatherThanWrappedPastTheCheck() {
    CadenceAssessment c = cadence(scorecard("2024-06-30", List.of()), TEAM);
    LocalDate day = LocalDate.of(2022, 1, 1);
    CadenceShortfall endless = new CadenceShortfall("2022-01", "2022-01", day, day,
        Integer.MAX_VALUE, 0, 2);

    // Two runs of 2,147,483,647 periods would add up to -2 in int and pass periodsChecked.
    assertThatThrownBy(() -> CadenceAssessment.builder().from(c)
        .shortfalls(List.of(endless, endless)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'runs' must hold at most 2147483647 periods together but held 4294967294");
  }

  @Test
  void atMostFiveRunsAreNamedThenDeng() {
    // Every other month has one meeting of the two required, the others two: five short runs
    // by October 2023 (January, March, May, July, September), six by December.
    List<LoggedEvent> events = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      events.add(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, month, 5)));
      if (month % 2 == 0) {
        events.add(LoggedEvent.of("TEAM_MEETING", LocalDate.of(2023, month, 15)));
      }
    }

    CadenceAssessment five = cadence(scorecard("2023-10-31", events), TEAM);
    CadenceAssessment six = cadence(scorecard("2023-12-31", events), TEAM);

    assertThat(five.shortfalls()).hasSize(DutySentences.RUNS_NAMED);
    // 等 marks runs left unnamed; the readings' summaries (“…职责…”) hold no 等 of their own.
    assertThat(five.explanation().zh()).contains("2023-09为1次)").doesNotContain("1次等");
    assertThat(five.explanation().en()).contains("2023-09 had 1)").doesNotContain("…");
    assertThat(six.shortfalls()).hasSize(DutySentences.RUNS_NAMED + 1);
    assertThat(six.periodsShort()).isEqualTo(6);
    assertThat(six.explanation().zh()).contains("6个月未达到要求(2023-01为1次;")
        .contains("2023-09为1次等)").doesNotContain("2023-11");
    assertThat(six.explanation().en()).contains("2023-09 had 1; …)").doesNotContain("2023-11");
  }

  @Test
  void quarterlyCoordinationMeetingsAreCheckedByQuarter() {
    List<LoggedEvent> events = List.of(
        LoggedEvent.of("COORDINATION_MEETING", LocalDate.of(2022, 11, 1)),
        LoggedEvent.of("COORDINATION_MEETING", LocalDate.of(2023, 2, 1)),
        LoggedEvent.of("COORDINATION_MEETING", LocalDate.of(2023, 9, 30)));

    CadenceAssessment c = cadence(scorecard("2023-12-31", events),
        "key-project-coordination-meetings-quarterly");

    // 2022-Q4 began before the issue date: its meeting neither counts nor is the quarter checked.
    assertThat(c.countsFrom()).isEqualTo("2023-Q1");
    assertThat(c.periodsChecked()).isEqualTo(4);
    assertThat(c.shortfalls()).extracting(CadenceShortfall::from)
        .containsExactly("2023-Q2", "2023-Q4");
    assertThat(c.status()).isEqualTo(Status.MISSED);
  }

  @Test
  void beforeAnyPeriodHasEndedNothingIsShort() {
    CadenceAssessment c = cadence(scorecard("2023-01-30", List.of()), TEAM);

    assertThat(c.periodsChecked()).isZero();
    assertThat(c.status()).isEqualTo(Status.ON_TRACK);
    assertThat(c.explanation().zh())
        .isEqualTo("招商组团小分队会议要求每月不少于2次,自2023-01起计:尚无已结束的周期。进度正常。" + DUTIES_ZH);
    assertThat(c.explanation().en()).contains("counted from 2023-01: no month has finished yet. "
        + "On track.");
  }
}
