package org.planmetrics.metrics.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Assessment;
import org.planmetrics.metrics.result.Status;
import org.planmetrics.metrics.result.YearAssessment;
import org.planmetrics.model.Goal;
import org.planmetrics.model.Indicator;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Target;
import org.planmetrics.model.quantity.Quantity;
import org.planmetrics.model.time.PlanWindow;

/**
 * Everything one target's assessment needs: the plan, the target, the observations and the
 * date, with the look-ups every kind shares.
 */
final class TargetContext {
  final Plan plan;
  final Target target;
  final Goal goal;
  final Observations observations;
  final PlanWindow window;
  final LocalDate asOf;
  final ParsedObservations parsed;

  /** A context on observations parsed once and shared by every target of a scorecard. */
  TargetContext(Target target, ParsedObservations parsed) {
    this.plan = parsed.plan;
    this.parsed = parsed;
    this.target = target;
    this.goal = plan.goalOf(target.id()).orElseThrow();
    this.observations = parsed.observations;
    this.window = plan.window();
    this.asOf = parsed.asOf;
  }

  /** The ledger projects counted in the window by the assessment date. */
  CountedLedger ledger() {
    return parsed.ledger();
  }

  /** A builder with the fields every assessment of this target shares. */
  Assessment.Builder assessment() {
    return Assessment.builder()
        .targetId(target.id())
        .goalId(goal.id())
        .kind(target.kind())
        .asOf(asOf)
        .commitment(target.commitment())
        .operator(target.operator())
        .threshold(target.threshold());
  }

  /** Whether {@code year} has not started by the assessment date. */
  boolean isPending(int year) {
    return LocalDate.of(year, 1, 1).isAfter(asOf);
  }

  /** Whether {@code year} has ended by the assessment date. */
  boolean hasEnded(int year) {
    return !LocalDate.of(year, 12, 31).isAfter(asOf);
  }

  /** Whether the whole window has ended by the assessment date. */
  boolean windowHasEnded() {
    return !window.lastDay().isAfter(asOf);
  }

  Indicator indicator() {
    return plan.indicator(target.indicator().orElseThrow()).orElseThrow();
  }

  /** The target's indicator's figures usable on the assessment date. */
  Series<BigDecimal> series() {
    return parsed.series(target.indicator().orElseThrow());
  }

  /**
   * The rule for annual targets: the worst status of the years with one; ON_TRACK instead of
   * MET while years are pending; NOT_ASSESSABLE when no year has started.
   */
  static Status overall(List<YearAssessment> years) {
    List<Status> statuses = new ArrayList<>();
    boolean pending = false;
    for (YearAssessment year : years) {
      year.status().ifPresent(statuses::add);
      pending |= year.pending();
    }
    if (statuses.isEmpty()) {
      return Status.NOT_ASSESSABLE;
    }
    Status worst = Status.worst(statuses);
    return worst == Status.MET && pending ? Status.ON_TRACK : worst;
  }

  /** Judges one window year that has started, adding the inputs it uses. */
  interface YearJudge {
    YearAssessment judge(int year, Set<String> inputs);
  }

  /**
   * Runs the year-by-year part shared by annual targets: every window year gets a row (pending if
   * it has not started), {@code describe} words each judged row, and the overall status follows
   * {@link #overall}. The result carries the rows, inputs, sentences and the latest figure.
   */
  Annual judgeYears(YearJudge judge, Function<YearAssessment, LocalizedText> describe) {
    Annual annual = new Annual();
    for (int year = window.startYear(); year <= window.endYear(); year++) {
      if (isPending(year)) {
        annual.years.add(YearAssessment.builder().year(year).pending(true).build());
        continue;
      }
      YearAssessment row = judge.judge(year, annual.inputs);
      annual.years.add(row);
      if (row.actual().isPresent()) {
        annual.latest = row.actual().get();
        annual.sentences.add(describe.apply(row));
        continue;
      }
      Optional<LocalizedText> reason = row.reason();
      if (row.pending()) {
        reason.ifPresent(annual.sentences::add);
      } else {
        int y = year;
        reason.ifPresent(r -> annual.sentences.add(LocalizedText.of(y + "年无法评估:" + r.zh(),
            y + " not assessable: " + r.en())));
      }
      if (annual.firstReason.isEmpty()) {
        annual.firstReason = reason;
      }
    }
    annual.status = overall(annual.years);
    return annual;
  }

  /** The outcome of {@link #judgeYears}. */
  final class Annual {
    final List<YearAssessment> years = new ArrayList<>();
    final Set<String> inputs = new TreeSet<>();
    final List<LocalizedText> sentences = new ArrayList<>();
    Quantity latest;
    Optional<LocalizedText> firstReason = Optional.empty();
    Status status;

    /** A builder with the status, rows, inputs, headline figure and (if needed) the reason. */
    Assessment.Builder assessment() {
      Assessment.Builder result = TargetContext.this.assessment().status(status).years(years)
          .inputs(inputs).actual(Optional.ofNullable(latest));
      if (status == Status.NOT_ASSESSABLE) {
        result.reason(firstReason.orElseGet(TargetContext.this::notStarted));
      }
      return result;
    }

    /** The year sentences joined, or why there are none. */
    LocalizedText body() {
      return sentences.isEmpty() ? notStarted() : Wording.join(sentences, ";", "; ");
    }
  }

  LocalizedText notStarted() {
    return LocalizedText.of("规划期" + window.startYear() + "—" + window.endYear()
            + "年尚未开始(评估日期" + asOf + ")",
        "the plan window " + window.startYear() + "–" + window.endYear()
            + " has not started by " + asOf);
  }
}
