package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.model.InvalidPlanException;
import org.planmetrics.model.Violation;

/**
 * Plan files that fit the schema but encode their document wrongly: each is the minimal plan
 * with one mis-encoding, and each is refused with that one violation, its JSON Pointer, rule code,
 * message and value.
 */
class MisEncodedPlanFilesTest {

  private static final String INVALID = "/org/planmetrics/model/fixtures/invalid/";

  @ParameterizedTest(name = "{0} -> {1} [{2}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # file                                     | pointer                                          | rule                 | value                | message
      greater-than-typed-at-least.json           | /goals/0/targets/2/operator                      | operator-mismatch    | AT_LEAST             | 'operator' must be GREATER_THAN, as '高于' before 30% in the text says, but was AT_LEAST
      strive-on-ensure.json                      | /goals/0/targets/1/commitment                    | commitment-mismatch  | STRIVE               | 'commitment' must be ENSURE, as '确保' before 30亿元 in its sentence says, but was STRIVE
      threshold-not-in-text.json                 | /goals/0/targets/0/threshold/value               | threshold-mismatch   | 0.01                 | 'threshold' must be a figure of the text (10%) but was 0.01 (1%)
      growth-of-700-percent.json                 | /goals/0/targets/0/threshold/value               | growth-out-of-range  | 7                    | 'threshold' of an ANNUAL_GROWTH target must be a yearly rate from -1 to 1 (−100% to +100%) but was 7 (700%); 7% is 0.07
      first-tier-at-least.json                   | /goals/0/targets/3/operator                      | operator-direction   | AT_LEAST             | 'operator' of a FIRST_TIER_RANK target must be AT_MOST, as tiers count down from 1 (第一方阵), but was AT_LEAST
      first-tier-of-tier-zero.json               | /goals/0/targets/3/threshold/value               | not-positive         | 0                    | 'threshold' of a FIRST_TIER_RANK target must be a tier of at least 1 (1 is the first tier) but was 0
      share-of-zero.json                         | /goals/0/targets/2/threshold/value               | share-out-of-range   | 0                    | 'threshold' of a SHARE target must be above 0 and at most 1 but was 0
      top-investor-share-without-investors.json  | /goals/0/targets/2/share/numerator/topInvestor   | matches-nothing      | true                 | 'topInvestor' true selects no project because the plan's 'projectTiers/topInvestorTypes' is empty
      share-numerator-contradicts-denominator.json | /goals/0/targets/2/share/numerator/industrial  | share-contradiction  | false                | 'industrial' of the numerator must agree with the denominator's (true), since the numerator is counted among the denominator's projects, but was false
      share-tiers-apart.json                     | /goals/0/targets/2/share/numerator/tiers         | share-contradiction  | medium               | 'tiers' of the numerator must share a tier with the denominator's [large], since the numerator is counted among the denominator's projects, but was [medium]
      target-clause-nine-nine.json               | /goals/0/targets/0/clause                        | unknown-clause       | 九.9                  | 'clause' must be the clause of the target's goal (1) or a part of it but was '九.9'
      cadence-clause-nine-nine.json              | /cadences/0/clause                               | unknown-clause       | 九.9                  | 'clause' must name a clause of the plan's goals, key directions, measures or safeguards, a part of one or a section holding some, but was '九.9'
      key-direction-outside-its-chapter.json     | /keyDirections/1/clause                          | unknown-clause       | 九.9                  | 'clause' must lie in chapter 2, where the plan's first key direction is, but was '九.9'
      duplicate-responsibility.json              | /keyDirections/0/responsibilities/1/unit         | duplicate-responsibility | commerce-office  | 'unit' must appear once for each scope of an item but 'commerce-office' is also at /keyDirections/0/responsibilities/0 for the whole item
      duplicate-target.json                      | /goals/0/targets/3                               | duplicate-target     | capital-growth-again | target 'capital-growth-again' must differ from the target at /goals/0/targets/0 but has the same kind, subject, operator and threshold
      duplicate-goal-of-key-direction.json       | /keyDirections/0/goals/1                         | duplicate-reference  | more-capital         | 'goals' must name each goal once but 'more-capital' is also at /keyDirections/0/goals/0
      duplicate-tier-of-share.json               | /goals/0/targets/2/share/denominator/tiers/2     | duplicate-reference  | large                | 'tiers' must name each tier once but 'large' is also at /goals/0/targets/2/share/denominator/tiers/0
      unused-unit.json                           | /units/3/id                                      | unused-unit          | idle-office          | 'id' must name a unit that a direction, measure, safeguard, cadence, team, quota or other unit uses, but nothing refers to 'idle-office'
      """)
  void eachMisEncodingIsRefusedAloneWithItsPointerRuleValueAndMessage(String file,
      String pointer, String rule, String value, String message) {
    InvalidPlanException e = refusal(INVALID + file);

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo(pointer);
      assertThat(v.rule()).isEqualTo(rule);
      assertThat(v.value()).hasValue(value);
      assertThat(v.message()).isEqualTo(message);
    });
    assertThat(e.getMessage()).contains(e.violations().get(0).toString());
  }

  @ParameterizedTest
  @CsvSource({"clause-in-wrong-form.json, /keyDirections/0/clause, 2-1"})
  void aClauseInTheWrongFormIsRefusedByTheSchemaBeforeThePlanIsBuilt(String file, String pointer,
      String value) {
    InvalidPlanException e = refusal(INVALID + file);

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(tuple(pointer, "invalid-value"));
    assertThat(e.violations().get(0).value()).hasValue(value);
    assertThat(e.violations().get(0).message()).startsWith("'clause' ").contains(value);
  }

  private static InvalidPlanException refusal(String resource) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.loadResource(resource));
    assertThat(e).as("loading %s must fail with InvalidPlanException", resource).isNotNull();
    return e;
  }
}
