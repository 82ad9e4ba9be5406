package org.planmetrics.metrics.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.planmetrics.metrics.TierCounts;
import org.planmetrics.metrics.observation.LedgerProject;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.metrics.result.Reason;
import org.planmetrics.model.CountingStage;
import org.planmetrics.model.Plan;
import org.planmetrics.model.ProjectCriteria;
import org.planmetrics.model.ProjectTierRules;
import org.planmetrics.model.time.PlanWindow;

/**
 * The ledger projects that reached one stage (the plan's counting stage, or a target's own)
 * inside the window by the assessment date, each with its tiers and input pointer. A scorecard
 * works this out once per stage and shares it between its five or so ledger targets: per target,
 * it was most of a scorecard's cost on a large ledger (see docs/performance.md).
 */
final class CountedLedger {

  /** One counted project, with what the criteria and the wording need already worked out. */
  static final class Entry {
    final LedgerProject project;
    final int year;
    /** The day the project reached the plan's counting stage. */
    final LocalDate counted;
    final List<String> tiers;
    final boolean topInvestor;
    /** The JSON Pointer of the project in the observations, {@code /projects/<index>}. */
    final String pointer;

    private Entry(int index, LedgerProject project, LocalDate counted, ProjectTierRules rules) {
      this.project = project;
      this.year = counted.getYear();
      this.counted = counted;
      this.tiers = TierCounts.tiersOf(project.investmentAmount(),
          project.foreignCapitalAmount(), rules);
      this.topInvestor = project.investorTypes().stream()
          .anyMatch(rules.topInvestorTypes()::contains);
      this.pointer = "/projects/" + index;
    }
  }

  private final List<Entry> entries;
  private final PlanWindow window;
  private final Optional<Reason> outOfRange;

  private CountedLedger(List<Entry> entries, PlanWindow window, Optional<Reason> outOfRange) {
    this.entries = entries;
    this.window = window;
    this.outOfRange = outOfRange;
  }

  /**
   * The projects of {@code observations} that reached {@code stage} inside {@code plan}'s window
   * by the assessment date, each placed in the year it reached it. A project without a date for
   * the stage has not reached it.
   */
  static CountedLedger of(Plan plan, Observations observations, CountingStage stage) {
    ProjectTierRules rules = plan.projectTiers();
    PlanWindow window = plan.window();
    LocalDate asOf = observations.asOf();
    List<LedgerProject> projects = observations.projects();
    List<Entry> entries = new ArrayList<>();
    Optional<Reason> outOfRange = Optional.empty();
    for (int i = 0; i < projects.size(); i++) {
      LedgerProject project = projects.get(i);
      Optional<LocalDate> date = project.reached(stage);
      if (date.isPresent() && !date.get().isAfter(asOf) && window.contains(date.get())) {
        if (ComputableFigures.isComputable(project.investment())) {
          entries.add(new Entry(i, project, date.get(), rules));
        } else if (outOfRange.isEmpty()) {
          outOfRange = Optional.of(ComputableFigures.outOfRange("/projects/" + i + "/investment"));
        }
      }
    }
    return new CountedLedger(Collections.unmodifiableList(entries), window, outOfRange);
  }

  /**
   * Why the ledger cannot be counted, if it cannot: a counted project's investment is beyond
   * {@link ComputableFigures}, so its tier is unknown and every count could be off by it.
   */
  Optional<Reason> unusable() {
    return outOfRange;
  }

  /**
   * The finding of every ledger target while the ledger is {@link #unusable}: NOT_ASSESSABLE,
   * with the started years reporting nothing.
   */
  static Finding notAssessable(Reason reason, WindowCalendar calendar) {
    List<YearFinding> years = new ArrayList<>();
    for (int year = calendar.startYear(); year <= calendar.endYear(); year++) {
      years.add(calendar.isPending(year) ? YearFinding.Pending.notStarted(year)
          : YearFinding.Figures.none(year));
    }
    return Finding.of(Verdict.notAssessable(reason), Optional.empty(), years, List.of());
  }

  /** Every counted project, in ledger order. */
  List<Entry> entries() {
    return entries;
  }

  /** The entries of {@code from} that meet every condition of {@code criteria}, in order. */
  static List<Entry> matching(List<Entry> from, ProjectCriteria criteria) {
    List<Entry> matching = new ArrayList<>();
    for (Entry entry : from) {
      if (matches(entry, criteria)) {
        matching.add(entry);
      }
    }
    return matching;
  }

  private static boolean matches(Entry entry, ProjectCriteria criteria) {
    LedgerProject project = entry.project;
    if (!criteria.tiers().isEmpty() && criteria.tiers().stream().noneMatch(entry.tiers::contains)) {
      return false;
    }
    if (criteria.industrial().isPresent() && criteria.industrial().get() != project.industrial()) {
      return false;
    }
    if (criteria.leadingIndustry().isPresent()
        && criteria.leadingIndustry().get() != project.leadingIndustry()) {
      return false;
    }
    if (criteria.strategicEmerging().isPresent()
        && criteria.strategicEmerging().get() != project.strategicEmerging()) {
      return false;
    }
    return criteria.topInvestor().isEmpty() || criteria.topInvestor().get() == entry.topInvestor;
  }

  /**
   * The entries of {@code from} whose project is also counted in {@code other}, a ledger at
   * another stage, in order: a share's numerator at stage STARTED among a denominator at stage
   * SIGNED keeps the signed projects that have also started in the window by the assessment date.
   * Each entry keeps its year in {@code from}.
   */
  static List<Entry> alsoIn(List<Entry> from, CountedLedger other) {
    Set<String> counted = new HashSet<>(pointers(other.entries));
    List<Entry> kept = new ArrayList<>();
    for (Entry entry : from) {
      if (counted.contains(entry.pointer)) {
        kept.add(entry);
      }
    }
    return kept;
  }

  /**
   * How many of {@code entries} count in each window year, indexed by year − the window's first
   * year: one pass instead of one filter per year.
   */
  int[] countsByYear(List<Entry> entries) {
    int[] counts = new int[window.endYear() - window.startYear() + 1];
    for (Entry entry : entries) {
      counts[entry.year - window.startYear()]++;
    }
    return counts;
  }

  /** The input pointers of {@code entries}, in ledger order. */
  static List<String> pointers(List<Entry> entries) {
    List<String> pointers = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      pointers.add(entry.pointer);
    }
    return pointers;
  }
}
