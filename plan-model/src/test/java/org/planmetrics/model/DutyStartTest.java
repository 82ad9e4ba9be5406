package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanFiles;
import org.planmetrics.model.plans.BundledPlans;

/**
 * When a plan's duties start to count: the bundled plan's issue date, 2022-12-22, inside its
 * 2022–2024 window; the window's first day when a plan gives no date or gives one before it.
 */
class DutyStartTest {

  private static final Plan BUNDLED = BundledPlans.gongqingcheng2022();
  private static final Plan MINIMAL =
      PlanFiles.loadResource("/org/planmetrics/model/fixtures/minimal-plan.json");

  @Test
  void theBundledPlansDutiesCountFromItsIssueDate() {
    assertThat(BUNDLED.dutiesFrom()).hasValue(LocalDate.of(2022, 12, 22));
    assertThat(BUNDLED.dutiesFrom()).hasValue(BUNDLED.publicationDate());
    assertThat(BUNDLED.dutiesStart()).isEqualTo(LocalDate.of(2022, 12, 22));
    // The statistics window is unchanged: duties start late, the figures still from 2022.
    assertThat(BUNDLED.window().firstDay()).isEqualTo(LocalDate.of(2022, 1, 1));
  }

  @Test
  void readAs2023To2025TheWindowStartsAfterTheIssueDateAndDutiesStartWithIt() {
    Plan publication = BUNDLED.withWindowReading("publication");

    assertThat(publication.dutiesFrom()).hasValue(LocalDate.of(2022, 12, 22));
    assertThat(publication.dutiesStart()).isEqualTo(LocalDate.of(2023, 1, 1));
  }

  @Test
  void withoutADateDutiesCountFromTheFirstDayOfTheWindow() {
    assertThat(MINIMAL.dutiesFrom()).isEmpty();
    assertThat(MINIMAL.dutiesStart()).isEqualTo(LocalDate.of(2030, 1, 1));
  }

  @Test
  void aDateOnTheLastDayOfTheWindowIsAcceptedAndTheDayAfterIsRefused() {
    assertThat(MINIMAL.withDutiesFrom(LocalDate.of(2032, 12, 31)).dutiesStart())
        .isEqualTo(LocalDate.of(2032, 12, 31));

    assertThatThrownBy(() -> MINIMAL.withDutiesFrom(LocalDate.of(2033, 1, 1)))
        .isInstanceOfSatisfying(InvalidPlanException.class, e ->
            assertThat(e.violations()).extracting(Violation::toString).containsExactly(
                "/dutiesFrom [after-window] 'dutiesFrom' must not be after the last day of the "
                    + "window (2032-12-31) but was 2033-01-01"));
  }

  @Test
  void theDateSurvivesWritingAndReadingThePlanFile() {
    Plan dated = MINIMAL.withDutiesFrom(LocalDate.of(2030, 3, 15));

    String written = PlanFiles.write(dated);

    assertThat(written).contains("\"dutiesFrom\" : \"2030-03-15\"");
    assertThat(PlanFiles.read(written, "round-trip")).isEqualTo(dated);
  }
}
