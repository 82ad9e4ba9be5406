package org.planmetrics.testkit;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One property the library guarantees, with its tolerance and the conditions under which it
 * holds, for example {@link #GROWTH_INVERTS_COMPOUNDING}: {@code compound(previous,
 * growthRate(previous, current), 1) = current} within {@link Tolerances#RELATIVE} for {@code 1E-4
 * ≤ previous ≤ 1E8} and {@code current ÷ previous ≥ 1E-18}.
 *
 * <p>Each one is checked by a property test of this module over the kit's generators, and the
 * README's table of guarantees lists them all; a test holds the three to each other. A tolerance
 * is relative as {@link Tolerances} defines it (1E-12 × max(1, |expected|)); a property without
 * one holds exactly, compared with {@code compareTo}. A condition names the ranges the tests
 * draw from, edge values included; outside them the property may still hold but is not
 * promised. Where a range stops short of what the formula accepts, it is because the
 * property stops holding there, for example a growth rate nearer −1 than about −1 + 5E-21
 * rounds to −1 at 20 digits, and compounding refuses a rate of −1.
 */
public enum Guarantee {
  // GrowthRates
  GROWTH_INVERTS_COMPOUNDING("GrowthRates",
      "compound(previous, growthRate(previous, current), 1) = current",
      "1E-12",
      "1E-4 ≤ previous ≤ 1E8; current > 0 with current ÷ previous ≥ 1E-18 (a rate of −1 + 1E-18 "
      + "or above)"),
  COMPOUNDING_THEN_GROWTH_GIVES_BACK_THE_RATE("GrowthRates",
      "growthRate(base, compound(base, rate, 1)) = rate",
      "1E-12",
      "1E-4 ≤ base ≤ 1E6; −1 + 1E-18 ≤ rate ≤ 2"),
  GROWTH_OF_EQUAL_VALUES_IS_ZERO("GrowthRates",
      "growthRate(v, v) = 0, whatever the scale of either v",
      null,
      "1E-4 ≤ v ≤ 1E6, with 0 to 5 more trailing zeros"),
  GROWTH_HAS_THE_SIGN_OF_THE_CHANGE("GrowthRates",
      "growthRate(previous, current) has the sign of current − previous",
      null,
      "1E-4 ≤ previous ≤ 1E6; −1E6 ≤ current ≤ 1E6"),
  COMPOUND_ANNUAL_GROWTH_OVER_ONE_YEAR_IS_SIMPLE_GROWTH("GrowthRates",
      "compoundAnnualGrowthRate(first, last, 1) = growthRate(first, last)",
      null,
      "1E-4 ≤ first, last ≤ 1E6"),
  COMPOUNDING_AT_THE_COMPOUND_ANNUAL_GROWTH_REACHES_THE_LAST_VALUE("GrowthRates",
      "compound(first, compoundAnnualGrowthRate(first, last, n), n) = last",
      "1E-12",
      "1E-4 ≤ first, last ≤ 1E6; 1 ≤ n ≤ 30"),
  COMPOUND_ANNUAL_GROWTH_LIES_BETWEEN_NO_GROWTH_AND_SIMPLE_GROWTH("GrowthRates",
      "compoundAnnualGrowthRate(first, last, n) has the sign of growthRate(first, last) and no "
      + "larger a magnitude",
      null,
      "1E-4 ≤ first, last ≤ 1E6; 2 ≤ n ≤ 30"),
  COMPOUNDING_OVER_SUCCESSIVE_SPANS_MULTIPLIES("GrowthRates",
      "compound(compound(base, rate, m), rate, n) = compound(base, rate, m + n)",
      "1E-12",
      "1E-4 ≤ base ≤ 1E6; −1 + 1E-18 ≤ rate ≤ 2; 0 ≤ m, n ≤ 10"),

  // Compounding
  PROJECTING_AT_THE_REQUIRED_GROWTH_REACHES_THE_TOTAL("Compounding",
      "projectedTotal(base, requiredGrowthRate(base, total, n), n) = total",
      "1E-12",
      "1E-4 ≤ base ≤ 1E4; 1E-4 ≤ total ≤ 1E5; 1 ≤ n ≤ 10"),
  IMPLIED_BASE_AND_REQUIRED_GROWTH_INVERT_EACH_OTHER("Compounding",
      "requiredGrowthRate(impliedBaseValue(total, rate, n), total, n) = rate",
      "1E-12",
      "1E-4 ≤ total ≤ 1E5; −1 + 1E-18 ≤ rate ≤ 2; 1 ≤ n ≤ 10"),
  THE_BASE_IMPLIED_BY_THE_REQUIRED_GROWTH_IS_THE_BASE("Compounding",
      "impliedBaseValue(total, requiredGrowthRate(base, total, n), n) = base",
      "1E-12",
      "1E-4 ≤ base ≤ 1E4; 1E-4 ≤ total ≤ 1E5; 1 ≤ n ≤ 10"),
  A_LARGER_TOTAL_REQUIRES_FASTER_GROWTH("Compounding",
      "requiredGrowthRate(base, total, n) < requiredGrowthRate(base, total + extra, n)",
      null,
      "1E-4 ≤ base ≤ 1E4; 1E-4 ≤ total, extra ≤ 1E5; 1 ≤ n ≤ 10"),
  THE_GROWTH_FACTOR_SUM_INCREASES_WITH_THE_RATE("Compounding",
      "growthFactorSum(rate, n) < growthFactorSum(rate + increase, n)",
      null,
      "−1 + 1E-18 ≤ rate ≤ 2; 1E-4 ≤ increase ≤ 1; 1 ≤ n ≤ 10"),
  THE_GROWTH_FACTOR_SUM_GROWS_BY_THE_NEXT_YEARS_FACTOR("Compounding",
      "growthFactorSum(rate, n + 1) − growthFactorSum(rate, n) = (1 + rate)^(n + 1)",
      "1E-12",
      "−1 + 1E-18 ≤ rate ≤ 2; 1 ≤ n ≤ 10"),
  WITHOUT_GROWTH_THE_FACTORS_SUM_TO_THE_YEARS("Compounding",
      "growthFactorSum(0, n) = n",
      null,
      "1 ≤ n ≤ 100"),
  THE_PROJECTED_TOTAL_IS_THE_SUM_OF_EACH_YEARS_COMPOUNDED_VALUE("Compounding",
      "projectedTotal(base, rate, n) = the sum of compound(base, rate, k) for k = 1 … n",
      "1E-12",
      "1E-4 ≤ base ≤ 1E4; −1 + 1E-18 ≤ rate ≤ 2; 1 ≤ n ≤ 10"),
  THE_WINDOW_PROJECTION_IS_THE_REPORTED_YEARS_PLUS_THE_PROJECTED_REST("Compounding",
      "projectedWindowTotal(reported, last, rate, k) = the sum of reported + the sum of "
      + "compound(last, rate, j) for j = 1 … k",
      "1E-12",
      "0 to 3 reported years and a last value, each 1E-4 ≤ v ≤ 1E4; −1 + 1E-18 ≤ rate ≤ 2; 0 ≤ k "
      + "≤ 5"),
  WITH_NO_YEARS_TO_COME_THE_WINDOW_PROJECTION_IS_WHAT_WAS_REPORTED("Compounding",
      "projectedWindowTotal(reported, last, rate, 0) = the sum of reported, rounded to 20 "
      + "significant digits",
      null,
      "0 to 5 reported years, each 1E-4 ≤ v ≤ 1E4, of any number of decimal places"),

  // Pacing
  COMPLETION_TIMES_TARGET_IS_THE_ACTUAL("Pacing",
      "completionRate(actual, target) × target = actual",
      "1E-12",
      "−1E6 ≤ actual ≤ 1E6; 1E-4 ≤ target ≤ 1E6"),
  TIME_PROGRESS_GROWS_WITH_EVERY_MONTH("Pacing",
      "timeProgress(m, span) < timeProgress(m + 1, span)",
      null,
      "1 ≤ span ≤ 120; 0 ≤ m < span"),
  TIME_PROGRESS_RUNS_FROM_ZERO_TO_ONE("Pacing",
      "0 ≤ timeProgress(m, span) ≤ 1, and timeProgress(m, span) × span = m",
      "1E-12",
      "1 ≤ span ≤ 120; 0 ≤ m ≤ span"),
  SCHEDULED_AMOUNT_IS_THE_TARGET_TIMES_TIME_PROGRESS("Pacing",
      "scheduledAmount(target, m, span) = target × timeProgress(m, span), and = target exactly "
      + "when m = span",
      "1E-12",
      "1E-4 ≤ target ≤ 1E6; 1 ≤ span ≤ 120; 0 ≤ m ≤ span"),
  THE_GAP_HAS_THE_SIGN_OF_COMPLETION_MINUS_PROGRESS("Pacing",
      "gapInPercentagePoints(completion, progress) has the sign of completion − progress",
      null,
      "0 ≤ completion, progress ≤ 1.5, of any number of decimal places"),
  THE_GAP_IN_POINTS_IS_A_HUNDRED_TIMES_THE_GAP_IN_FRACTIONS("Pacing",
      "gapInPercentagePoints(completion, progress) ÷ 100 + progress = completion",
      null,
      "0 ≤ completion, progress ≤ 1.5, of any number of decimal places"),
  REMAINING_IS_NEVER_NEGATIVE_AND_ZERO_ONCE_THE_TARGET_IS_REACHED("Pacing",
      "remainingAmount(achieved, target) ≥ 0, and = 0 exactly when achieved ≥ target",
      null,
      "−1E6 ≤ achieved, target ≤ 1E6"),
  ACHIEVED_PLUS_REMAINING_IS_THE_TARGET_WHILE_SHORT("Pacing",
      "remainingAmount(achieved, achieved + shortfall) = shortfall",
      null,
      "−1E6 ≤ achieved ≤ 1E6; 1E-4 ≤ shortfall ≤ 1E6"),
  QUANTITIES_SUM_LIKE_THEIR_VALUES_AND_KEEP_THEIR_UNIT("Pacing",
      "Pacing.sum of quantities = the sum of their values, in their one unit",
      null,
      "1 to 10 quantities of one unit, −1E6 ≤ v ≤ 1E6"),

  // Shares
  A_SHARE_STAYS_BETWEEN_ZERO_AND_ONE("Shares",
      "0 ≤ share(k, n) ≤ 1; 0 exactly when k = 0, 1 exactly when k = n",
      null,
      "0 ≤ k ≤ n ≤ 10,000"),
  ONE_MORE_COUNTED_PROJECT_RAISES_THE_SHARE("Shares",
      "share(k, n) < share(k + 1, n)",
      null,
      "0 ≤ k < n ≤ 10,000"),
  A_SHARE_TIMES_THE_DENOMINATOR_IS_THE_NUMERATOR("Shares",
      "share(k, n) × n = k",
      "1E-12",
      "0 ≤ k ≤ n ≤ 1,000,000"),
  A_SHARE_AND_ITS_COMPLEMENT_MAKE_ONE("Shares",
      "share(k, n) + share(n − k, n) = 1",
      "1E-12",
      "0 ≤ k ≤ n ≤ 10,000"),
  A_SHARE_OF_AMOUNTS_DOES_NOT_DEPEND_ON_THE_SCALE("Shares",
      "share(a, b) of amounts = share(a × 10^s, b × 10^s) (亿元 or 万元), and lies in [0, 1]",
      null,
      "0 ≤ a ≤ b ≤ 1E6, b > 0, up to 4 decimal places; −4 ≤ s ≤ 4"),
  A_PAID_IN_RATE_TIMES_THE_CONTRACT_IS_THE_PAID_IN_CAPITAL("Shares",
      "paidInRate(p, c) × c = p, and paidInRate(c, c) = 1",
      "1E-12",
      "0 ≤ p ≤ 2E6, 1E-4 ≤ c ≤ 1E6, up to 4 decimal places"),

  // Rankings
  RANKING_IS_PERMUTATION_INVARIANT("Rankings",
      "competitionRanks of a reordered list are the ranks reordered the same way",
      null,
      "1 to 20 figures from −5 to 5, with ties, equal values at different scales (1 and 1.0) and "
      + "values of many decimal places"),
  RANKS_RUN_FROM_ONE_TO_N_AND_THE_LARGEST_VALUE_RANKS_FIRST("Rankings",
      "every rank lies in 1 … n, and rank 1 goes exactly to the largest value",
      null,
      "as above"),
  HIGHER_VALUES_RANK_BETTER_AND_EQUAL_VALUES_RANK_EQUAL("Rankings",
      "a larger value has a smaller rank; equal values, 1 and 1.0 too, the same rank",
      null,
      "as above"),
  A_RANK_COUNTS_THE_VALUES_RANKED_ABOVE_IT("Rankings",
      "r − 1 values rank above rank r (competition ranking, 1224)",
      null,
      "as above"),
  THE_FIRST_TIER_IS_THE_TOP_THIRD_OF_THE_PEERS_RANKED("Rankings",
      "isFirstTier(rank, n, FirstTierRule.topThird()) exactly when rank ≤ ⌈n ÷ 3⌉",
      null,
      "1 ≤ rank ≤ n ≤ 60"),

  // FirstTierRule
  THE_TOP_FRACTION_IS_THE_EXACT_CEILING_FOR_EVERY_PEER_COUNT("FirstTierRule",
      "a TOP_FRACTION rule's tierSize(n) = ⌈n ÷ d⌉, without overflow",
      null,
      "0 ≤ n ≤ 2^31 − 1 (half the draws within 200 of it); 1 ≤ d ≤ 100"),

  // TierCounts
  EXCLUSIVE_MODE_PUTS_EACH_PROJECT_IN_ONE_TIER("TierCounts",
      "in EXCLUSIVE mode, tiersOf(investment) is the one tier whose [minimum, maximum) holds it, "
      + "or none below the lowest minimum",
      null,
      "1 to 4 contiguous tiers with bounds from 0 to 200 亿元; investments from 0 to 300 亿元, often "
      + "on a bound, 0.0001 under it or 1E-18 under it"),
  NESTED_MODE_PUTS_A_PROJECT_IN_EVERY_TIER_WHOSE_MINIMUM_IT_REACHES("TierCounts",
      "in NESTED mode, tiersOf(investment) is every tier whose minimum it reaches, in the plan's "
      + "order",
      null,
      "as above"),
  NESTED_COUNTS_ARE_AT_LEAST_EXCLUSIVE_COUNTS("TierCounts",
      "each tier's NESTED count is at least its EXCLUSIVE count, and equal for the open top tier",
      null,
      "as above, 0 to 30 projects"),
  TIER_COUNTS_AGREE_WITH_EACH_PROJECTS_TIERS("TierCounts",
      "counts lists every tier, each with count's number and with the number of projects whose "
      + "tiersOf names it",
      null,
      "as above, in both band modes"),
  A_FOREIGN_FUNDED_PROJECT_IS_PLACED_BY_ITS_DOLLARS_ALONE("TierCounts",
      "with dollar bounds on every tier, a project with foreign capital above 0 falls in the "
      + "tiers its dollars reach whatever its yuan, and a project with none or 0 in the tiers its "
      + "yuan reach whatever the dollar bounds",
      null,
      "as above, in both band modes, each tier's dollar bounds the same numbers in 万美元; "
      + "foreign capital from 0 to 300 万美元, often on a bound"),
  EXCLUSIVE_COUNTS_ADD_UP_TO_THE_PROJECTS_ABOVE_THE_LOWEST_MINIMUM("TierCounts",
      "in EXCLUSIVE mode the counts add up to the projects at or above the lowest minimum",
      null,
      "as above"),

  // Cadences
  THE_CADENCE_SUMMARY_IS_THE_FULL_CHECK_SHORTENED("Cadences",
      "summary gives compliance's number of periods and shortfalls",
      null,
      "every period kind; windows, as-of dates and logs of 0 to 40 events in 2019-11 … 2024-02, "
      + "whose edge days include ISO week 2020-W53 and 29 February"),
  SHORTFALL_RUNS_HOLD_EXACTLY_THE_SHORT_PERIODS_IN_THE_FEWEST_RUNS("Cadences",
      "shortfalls covers exactly the periods not met, in runs of one count each, two touching "
      + "runs never of the same count",
      null,
      "as above"),
  CADENCE_PERIODS_ARE_CONTIGUOUS_AND_END_BY_AS_OF_AND_TO("Cadences",
      "the periods follow each other without a gap, from the window's start, and end by asOf and "
      + "by the window's end",
      null,
      "as above"),
  EVERY_WHOLE_PERIOD_IN_THE_WINDOW_IS_LISTED("Cadences",
      "no whole period between the window's start and min(asOf, end) is left out at either end",
      null,
      "as above"),
  A_WINDOW_HOLDING_A_WHOLE_MONTH_LISTS_IT("Cadences",
      "a window holding a whole month lists that month first",
      null,
      "windows from 2020-01-01 … 2024-02-09 holding a month and up to 40 days more"),
  EACH_PERIOD_HAS_THE_SHAPE_AND_LABEL_OF_ITS_KIND("Cadences",
      "a week runs Monday to Sunday and is labelled by its ISO week-based year (2020-W53, "
      + "2021-W01), a month YYYY-MM, a quarter YYYY-Qn, a year YYYY",
      null,
      "as for the cadence summary"),
  CADENCE_COUNTS_ADD_UP_TO_THE_EVENTS_INSIDE_THE_LISTED_PERIODS("Cadences",
      "each period counts the events inside it, and together they count those inside the listed "
      + "periods",
      null,
      "as for the cadence summary"),
  A_PERIOD_IS_MET_EXACTLY_WHEN_ITS_COUNT_REACHES_THE_MINIMUM("Cadences",
      "a period is met exactly when its count reaches the minimum, 0 to 4",
      null,
      "as for the cadence summary"),

  // Status
  WORSE_IS_COMMUTATIVE_AND_ASSOCIATIVE_WITH_MET_NEUTRAL("Status",
      "Status.worse is commutative and associative, MET is neutral and MISSED absorbs, and "
      + "Status.worst is the fold of worse",
      null,
      "every status"),
  THE_WORST_STATUS_IS_A_MEMBER_NO_BETTER_THAN_ANY_OTHER("Status",
      "Status.worst of a list is one of its members, no better than any other",
      null,
      "lists of 1 to 8 statuses"),
  THE_WORST_STATUS_FOLLOWS_THE_ISSUES_ORDER("Status",
      "Status.worst follows MISSED > BEHIND > NOT_ASSESSABLE > ON_TRACK > MET whatever the "
      + "list's order, and is MET for no status",
      null,
      "lists of 0 to 8 statuses"),
  ONLY_MISSED_AND_BEHIND_ARE_SHORTFALLS("Status",
      "isShortfall is true for MISSED and BEHIND only",
      null,
      "every status"),

  // Assessor
  THE_ASSESSMENT_NEVER_THROWS_AND_EXPLAINS_EVERY_TARGET("Assessor",
      "Assessor.scorecard never throws; every target gets a status and a sentence in both "
      + "languages, a NOT_ASSESSABLE one a reason, a share lies in 0 … 1, a year after asOf is "
      + "pending, and a goal has its targets' worst status (NOT_ASSESSABLE without targets)",
      null,
      "any valid plan (the kit's or the bundled one) with any observations Java can build, those "
      + "ObservationChecks refuses included; for the bundled plan, figures of any magnitude and "
      + "scale"),
  MORE_OF_A_HIGHER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS("Assessor",
      "raising a year's growth figure or a cumulative amount, adding a matching project to a "
      + "count or a share, or logging more events never worsens the target's status, nor lowers a "
      + "share",
      null,
      "the bundled plan, as of 2022-01-01 … 2025-06-30, with the kit's valid observations and "
      + "ledgers"),
  A_START_NEVER_LOWERS_A_COHORT_RATE("Assessor",
      "a cohort rate lies in [0, 1], and starting a cohort project that had not started (on its "
      + "signing day) never lowers its year's rate nor worsens that year's or the target's status",
      null,
      "the bundled plan with a same-year or next-year start rate AT_LEAST 0.6, as of "
      + "2022-01-01 … 2025-06-30, with the kit's valid ledgers"),
  FEWER_OF_A_LOWER_IS_BETTER_FIGURE_NEVER_WORSENS_A_STATUS("Assessor",
      "for a ceiling (AT_MOST 不超过/以内, LESS_THAN 低于/少于) the rule reverses: adding a "
      + "matching project to a count never betters the target's status, so taking one away never "
      + "worsens it; and a ceiling is never MET before its year or window is over",
      null,
      "the bundled plan's tier-100-annual and tier-50-20-cumulative made ceilings of 2 and 3, "
      + "as of 2022-01-01 … 2025-06-30, with the kit's valid ledgers"),
  ABOUT_A_FIGURE_IS_JUDGED_AS_THE_FLOOR_ITS_TOLERANCE_MAKES("Assessor",
      "a 左右 (APPROXIMATELY) target with tolerance t gets the status, figures, years, pace and "
      + "inputs that AT_LEAST (threshold − t) gets, and reports that operator and floor",
      null,
      "the bundled plan's growth, cumulative, count and share targets made 左右 with tolerances "
      + "of 0.1% … 99.9% of the threshold (whole for counts); the kit's valid observations"),
  A_STRETCH_NEVER_CHANGES_THE_BINDING_STATUS_AND_IS_NEVER_BETTER("Assessor",
      "adding a stretch figure (力争) leaves the target's status, figures, years and pace as they "
      + "were, and the stretch's status is never better than the binding one's",
      null,
      "the bundled plan's growth, cumulative, count and share targets with stretch figures up to "
      + "twice the threshold (a share or growth up to 1); the kit's valid observations"),
  A_CAMPAIGN_OF_PART_MONTHS_IS_NEVER_PRO_RATED("Assessor",
      "an amount in a campaign (PERIOD_AMOUNT with DATES) whose dates are not whole months is "
      + "NOT_ASSESSABLE, with no figure and no pace, and its reason names both dates: month-end "
      + "figures are never pro-rated",
      null,
      "the bundled plan's out-of-province total made an amount in such a campaign, anywhere in "
      + "its window (one-day campaigns and 29 February included); the kit's valid observations"),
  MORE_NEVER_WORSENS_A_CAMPAIGN_COUNT("Assessor",
      "adding a matching project signed within a campaign's dates (by the assessment date) to a "
      + "count (CUMULATIVE_COUNT with DATES) never worsens its status and raises its count by "
      + "one; one signed the day before the campaign changes neither",
      null,
      "the bundled plan's tier-50-20-cumulative counted within the kit's campaigns (whole months "
      + "or not) in its window, as of 2022-01-01 … 2025-06-30, with the kit's valid ledgers"),
  A_LATER_DATE_WITH_THE_SAME_DATA_NEVER_UNDOES_A_CUMULATIVE_MET("Assessor",
      "a cumulative target MET on one date stays MET on any later date with the same figures",
      null,
      "the bundled plan's fdi-cumulative; consistent series (full years without a gap, "
      + "year-to-date figures growing within their year's)"),
  THE_JUDGED_AVERAGE_GROWTH_COMPOUNDS_TO_THE_END("Assessor",
      "for an AVERAGE_GROWTH target with the base year's figure b and the end year's e in, "
      + "compounding its judged rate over the n = end − base years gives e: compound(b, "
      + "compoundGrowthRate, n) = e",
      "1E-12",
      "the kit's valid plans (windows of 1 to 5 years); 1E-4 ≤ b, e ≤ 1E6"),

  // TeamRankings
  A_TEAMS_RANK_IS_ONE_PLUS_THE_TEAMS_SCORING_HIGHER("TeamRankings",
      "in the monthly team ranking a rank is 1 + the number of teams scoring higher, a score "
      + "lies between the team's lowest and highest completion, and every roster team is listed "
      + "once, ranked teams first",
      null,
      "any valid plan; the kit's valid observations with rosters of 0 to 4 teams; any month of "
      + "the window"),

  // LedgerProject
  JAVA_BUILDS_A_PROJECT_EXACTLY_WHEN_JSON_READS_IT("LedgerProject",
      "LedgerProject.builder() builds a project exactly when ObservationsJson reads it without a "
      + "problem; what Java refuses, JSON refuses at the field Java names, with the same message",
      null,
      "pipeline, signing, start and production within 20 days of one another in every order, "
      + "each given or not; investments from −3 to 3 亿元 in hundredths"),
  A_PROJECT_NOT_YET_SIGNED_CHANGES_NO_REPORT_OF_SIGNED_PROJECTS("LedgerProject",
      "adding pipeline projects not yet signed (储备, pipelineOn only) to a ledger leaves the "
      + "project funnel, the breakdown, the weekly team report and the monthly team ranking as "
      + "they were, however large and wherever placed",
      null,
      "any valid plan; the kit's valid observations with rosters of 0 to 4 teams; a copy of "
      + "each project, not yet signed, in the pipeline from its signing day, with its team, "
      + "direction and figures; any month and any week of the window"),
  STAND_INS_KEEP_EVERY_RULE_AND_CHANGE_NOTHING_THAT_DOES("ProjectRules",
      "ProjectRules.standIns gives figures that break no rule, and gives back figures that break "
      + "none",
      null,
      "as above"),

  // ObservationsJson
  VALID_OBSERVATIONS_ROUND_TRIP_THROUGH_JSON("ObservationsJson",
      "ObservationsJson.read of valid observations written by PlanJson gives them back, with no "
      + "problem",
      null,
      "any valid plan; the kit's valid observations"),

  // PlanFiles
  ANY_VALID_PLAN_ROUND_TRIPS_THROUGH_JSON("PlanFiles",
      "PlanFiles.read(PlanFiles.write(plan)) equals the plan and writes the same text again",
      null,
      "the kit's valid plans of every target kind, under every operator the kind allows but "
      + "APPROXIMATELY (左右, which needs a tolerance and a reading), and every commitment"),
  BREAKING_ANY_ONE_REFERENCE_YIELDS_EXACTLY_THAT_ERROR("PlanFiles",
      "a plan file with any one reference renamed is refused with exactly one error, "
      + "unknown-reference, at that reference's JSON Pointer",
      null,
      "as above"),

  // Quantity
  QUANTITY_ADDITION_IS_COMMUTATIVE_AND_MINUS_UNDOES_PLUS("Quantity",
      "x + y = y + x and (x + y) − y = x, for quantities of one unit",
      null,
      "−1E9 ≤ values ≤ 1E9, of up to 18 decimal places"),
  AT_LEAST_AND_GREATER_THAN_DIFFER_ONLY_AT_THE_THRESHOLD("Quantity",
      "AT_LEAST holds exactly when GREATER_THAN holds or the values are equal",
      null,
      "as above"),
  AT_MOST_IS_THE_MIRROR_OF_GREATER_THAN("Quantity",
      "AT_MOST holds exactly when GREATER_THAN does not",
      null,
      "as above"),
  QUANTITY_COMPARISON_IGNORES_SCALE("Quantity",
      "Quantity.isEqual ignores trailing zeros: 0.7 and 0.70 are equal",
      null,
      "as above"),
  QUANTITY_SCALE_ROUND_TRIP_IS_EXACT("Quantity",
      "converting between scales of one currency and back gives the same number: 亿元 → 万元 → "
      + "亿元, 万亿元 → 万元 → 万亿元, 亿美元 → 万美元 → 亿美元",
      null,
      "as above"),
  QUANTITY_SUM_COMPARES_THE_SAME_IN_ANY_SCALE("Quantity",
      "a + b compares with c the same whichever scales of one currency a, b and c are written in",
      null,
      "as above"),
  QUANTITIES_OF_TWO_CURRENCIES_NEVER_MEET("Quantity",
      "plus, minus and compareTo of two currencies, or of money and a count, in any scales, "
      + "throw UnitMismatchException",
      null,
      "as above");

  private final String subject;
  private final String statement;
  private final BigDecimal tolerance;
  private final String condition;

  Guarantee(String subject, String statement, String tolerance, String condition) {
    this.subject = subject;
    this.statement = statement;
    this.tolerance = tolerance == null ? null : new BigDecimal(tolerance);
    this.condition = condition;
  }

  /** The public type the promise is about, for example {@code GrowthRates}. */
  public String subject() {
    return subject;
  }

  /** What holds, for example {@code growthRate(v, v) = 0, whatever the scale of either v}. */
  public String statement() {
    return statement;
  }

  /**
   * The relative tolerance of the promise ({@link Tolerances#RELATIVE}), or empty where it holds
   * exactly.
   */
  public Optional<BigDecimal> tolerance() {
    return Optional.ofNullable(tolerance);
  }

  /** The ranges and cases for which it is promised, as the tests draw them. */
  public String condition() {
    return condition;
  }
}
