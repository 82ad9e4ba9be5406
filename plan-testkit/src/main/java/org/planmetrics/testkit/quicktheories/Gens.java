package org.planmetrics.testkit.quicktheories;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.TargetKind;
import org.planmetrics.model.TargetPeriod;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.time.PlanWindow;
import org.planmetrics.testkit.Amounts;
import org.planmetrics.testkit.Campaigns;
import org.planmetrics.testkit.Dates;
import org.planmetrics.testkit.Decimals;
import org.planmetrics.testkit.Generator;
import org.planmetrics.testkit.Ledgers;
import org.planmetrics.testkit.PlanObservations;
import org.planmetrics.testkit.Plans;
import org.planmetrics.testkit.Rates;
import org.planmetrics.testkit.TierRules;
import org.quicktheories.core.Gen;

/**
 * The kit's generators as QuickTheories {@link Gen}s that shrink, for example {@code
 * qt().forAll(Gens.plans()).check(plan -> ...)}: each draws through a {@link ShrinkingRandom}, so
 * a failing plan comes down to a small one, and QuickTheories prints it (a plan as its plan file,
 * a decimal in plain notation).
 *
 * <p>Each method takes the arguments of the generator it wraps and promises what that one
 * promises; see there. {@link #of} wraps any other {@link Generator}, a user's own included.
 */
public final class Gens {

  private Gens() {}

  /** {@code generator} as a QuickTheories {@code Gen} that shrinks. */
  public static <T> Gen<T> of(Generator<T> generator) {
    Objects.requireNonNull(generator, "'generator' must not be null");
    return source -> generator.next(new ShrinkingRandom(source));
  }

  /** {@link Plans#valid()}, each shown as its plan file. */
  public static Gen<Plan> plans() {
    return of(Plans.valid()).describedAs(PlanFiles::write);
  }

  /** {@link Plans#withTargets}, each shown as its plan file. */
  public static Gen<Plan> plans(TargetKind kind, int minTargets, int maxTargets) {
    return of(Plans.withTargets(kind, minTargets, maxTargets)).describedAs(PlanFiles::write);
  }

  /** {@link PlanObservations#validFor}. */
  public static Gen<Observations> observationsFor(Plan plan) {
    return of(PlanObservations.validFor(plan));
  }

  /** {@link PlanObservations#anyFor}. */
  public static Gen<Observations> anyObservationsFor(Plan plan) {
    return of(PlanObservations.anyFor(plan));
  }

  /** {@link Ledgers#validFor}. */
  public static Gen<List<LedgerProject>> ledgersFor(Plan plan) {
    return of(Ledgers.validFor(plan));
  }

  /** {@link TierRules#valid()}. */
  public static Gen<ProjectTierRules> tierRules() {
    return of(TierRules.valid());
  }

  /** {@link TierRules#investmentsAround}. */
  public static Gen<BigDecimal> investmentsAround(ProjectTierRules rules) {
    return plain(TierRules.investmentsAround(rules));
  }

  /** {@link Amounts#between}. */
  public static Gen<BigDecimal> amounts(BigDecimal min, BigDecimal max) {
    return plain(Amounts.between(min, max));
  }

  /** {@link Amounts#nonNegative}. */
  public static Gen<BigDecimal> nonNegativeAmounts(BigDecimal max) {
    return plain(Amounts.nonNegative(max));
  }

  /** {@link Amounts#positive}. */
  public static Gen<BigDecimal> positiveAmounts(BigDecimal max) {
    return plain(Amounts.positive(max));
  }

  /** {@link Rates#between}. */
  public static Gen<BigDecimal> rates(BigDecimal lowest, BigDecimal highest) {
    return plain(Rates.between(lowest, highest));
  }

  /** {@link Rates#aboveMinusOne}. */
  public static Gen<BigDecimal> ratesAboveMinusOne(BigDecimal highest) {
    return plain(Rates.aboveMinusOne(highest));
  }

  /** {@link Decimals#between}. */
  public static Gen<BigDecimal> decimals(BigDecimal min, BigDecimal max, int maxScale) {
    return plain(Decimals.between(min, max, maxScale));
  }

  /** {@link Dates#between}. */
  public static Gen<LocalDate> dates(LocalDate first, LocalDate last) {
    return of(Dates.between(first, last));
  }

  /** {@link Campaigns#within}: campaign periods in {@code window}, whole months or not. */
  public static Gen<TargetPeriod> campaigns(PlanWindow window) {
    return of(Campaigns.within(window));
  }

  /** Decimals shown as they are written in a plan file, 0.000000000000000001 not 1E-18. */
  private static Gen<BigDecimal> plain(Generator<BigDecimal> decimals) {
    return of(decimals).describedAs(BigDecimal::toPlainString);
  }
}
