package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.planmetrics.metrics.Precision;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.LoggedEvent;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.CadenceAssessment;
import org.planmetrics.metrics.result.Scorecard;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.PeerUnit;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;

/** Shared helpers of the assessment tests: the bundled plan and short builders for inputs. */
public final class Fixtures {

  public static final Plan PLAN = BundledPlans.gongqingcheng2022();
  public static final Assessor ASSESSOR = Assessor.of(PLAN);

  public static final String FDI = "foreign-capital-utilized";
  public static final String CASH_FDI = "cash-fdi";
  public static final String OUT_OF_PROVINCE = "out-of-province-capital";
  public static final String SELF = "gongqingcheng";

  /**
   * How an explanation of the bundled plan ends when it relies on the window's reading alone:
   * every growth and cumulative amount target, for one.
   */
  public static final String WINDOW_ZH = "依据的解读:规划期按2022—2024年计。";
  public static final String WINDOW_EN = " Readings relied on: the window is read as 2022–2024.";

  /** How a cadence's explanation ends: the window's reading and the duties' start. */
  public static final String DUTIES_ZH = "依据的解读:规划期按2022—2024年计;会议、通报、培训等职责自方案印发之日"
      + "2022-12-22起计,只计此日或之后开始的周期。";
  public static final String DUTIES_EN = " Readings relied on: the window is read as 2022–2024; "
      + "meetings, bulletins and trainings count from the plan's issue date, 2022-12-22: only "
      + "periods that start on or after it.";

  private Fixtures() {}

  public static BigDecimal dec(String text) {
    return new BigDecimal(text);
  }

  /** a ÷ b at the calculators' precision, the way the rules divide. */
  public static BigDecimal div(String a, String b) {
    return dec(a).divide(dec(b), Precision.MATH_CONTEXT);
  }

  /** An ordered map of period key → value from pairs: {@code values("2021", "2.035", ...)}. */
  public static Map<String, BigDecimal> values(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("pairs expected");
    }
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], dec(keysAndValues[i + 1]));
    }
    return map;
  }

  public static Observations.Builder on(String asOf) {
    return Observations.builder().asOf(LocalDate.parse(asOf));
  }

  /** Observations on {@code asOf} with one indicator's series. */
  public static Observations series(String asOf, String indicator, String... keysAndValues) {
    return on(asOf).putSeries(indicator, values(keysAndValues)).build();
  }

  public static Assessment assess(String targetId, Observations observations) {
    return ASSESSOR.assess(targetId, observations).orElseThrow();
  }

  public static Assessment assess(Plan plan, String targetId, Observations observations) {
    return Assessor.of(plan).assess(targetId, observations).orElseThrow();
  }

  /** A ledger project with the given signing date and total investment in 亿元. */
  public static LedgerProject.Builder project(String id, String signedOn, String investment) {
    return LedgerProject.builder().id(id).signedOn(LocalDate.parse(signedOn))
        .investment(dec(investment));
  }

  public static YearAssessment year(Assessment assessment, int year) {
    return assessment.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
  }

  public static Status yearStatus(Assessment assessment, int year) {
    return year(assessment, year).status().orElseThrow();
  }

  /** The plan with one target changed. */
  public static Plan withTarget(Plan plan, String targetId, UnaryOperator<Target> change) {
    return plan.withGoals(plan.goals().stream()
        .map(goal -> goal.withTargets(goal.targets().stream()
            .map(t -> t.id().equals(targetId) ? change.apply(t) : t)
            .collect(Collectors.toList())))
        .collect(Collectors.toList()));
  }

  /** The ids of the plan's peer group, in the plan's order (13 units, self included). */
  public static List<String> peerIds() {
    return PLAN.peerGroup().units().stream().map(PeerUnit::id).collect(Collectors.toList());
  }

  /** Statuses from worst to best, as the issue orders them. */
  public static final List<Status> WORST_FIRST = List.of(Status.MISSED, Status.BEHIND,
      Status.NOT_ASSESSABLE, Status.ON_TRACK, Status.MET);

  /** The worst of {@code statuses} by the issue's order, independent of {@link Status#worst}. */
  public static Status worstByIssueOrder(List<Status> statuses) {
    return WORST_FIRST.stream().filter(statuses::contains).findFirst().orElseThrow();
  }

  /** The bundled plan's scorecard on {@code asOf} of a log of {@code events} and nothing else. */
  public static Scorecard scorecard(String asOf, List<LoggedEvent> events) {
    return ASSESSOR.scorecard(on(asOf).addAllEvents(events).build());
  }

  /** The result of the cadence {@code id} in {@code scorecard}. */
  public static CadenceAssessment cadence(Scorecard scorecard, String id) {
    return scorecard.cadences().stream().filter(c -> c.cadenceId().equals(id)).findFirst()
        .orElseThrow();
  }
}
