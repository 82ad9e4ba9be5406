package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidPlanExceptionTest {

  private static List<Violation> unknownFields(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Violation.of("/x" + i, "unknown-field", "'x" + i
            + "' is not a field of this object", Optional.of("x" + i)))
        .collect(Collectors.toList());
  }

  /** The lines of the message that list a violation. */
  private static List<String> listedLines(InvalidPlanException e) {
    return e.getMessage().lines().filter(line -> line.startsWith("  /"))
        .collect(Collectors.toList());
  }

  @Test
  void oneViolationIsListedAsBefore() {
    Violation violation = Violation.of("/units/3/id", "duplicate-id",
        "'id' must be unique but 'x' is used twice", Optional.of("x"));

    InvalidPlanException e = new InvalidPlanException("plans/a.json", List.of(violation));

    assertThat(e.getMessage()).isEqualTo("invalid plan plans/a.json: 1 error\n  /units/3/id"
        + " [duplicate-id] 'id' must be unique but 'x' is used twice");
    assertThat(e.violations()).containsExactly(violation);
    assertThat(e.violationCount()).isEqualTo(1);
    assertThat(e.isComplete()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 99, 100})
  void upToAHundredViolationsAreAllListedWithNoTail(int count) {
    InvalidPlanException e = new InvalidPlanException("a.json", unknownFields(count));

    assertThat(e.getMessage()).startsWith("invalid plan a.json: " + count + " errors\n")
        .doesNotContain("listed").doesNotContain("more");
    assertThat(listedLines(e)).hasSize(count);
    assertThat(e.violations()).hasSize(count);
    assertThat(e.violationCount()).isEqualTo(count);
  }

  @ParameterizedTest
  @ValueSource(ints = {101, 150, 250_020})
  void beyondAHundredTheFirstHundredAreListedAndTheRestCounted(int count) {
    List<Violation> all = unknownFields(count);

    InvalidPlanException e = new InvalidPlanException("a.json", all);

    assertThat(e.getMessage())
        .startsWith("invalid plan a.json: " + count + " errors, the first 100 listed\n  /x0 ")
        .endsWith("\n  /x99 [unknown-field] 'x99' is not a field of this object\n  …and "
            + (count - 100) + " more");
    assertThat(listedLines(e)).hasSize(InvalidPlanException.MAX_LISTED);
    assertThat(e.violations()).containsExactlyElementsOf(all.subList(0, 100));
    assertThat(e.violationCount()).isEqualTo(count);
    assertThat(e.isComplete()).isTrue();
  }

  @Test
  void aCheckThatStoppedEarlyListsWhatItFoundThenSaysAndMore() {
    InvalidPlanException e = InvalidPlanException.ofIncompleteCheck("a.json", unknownFields(120),
        1001);

    assertThat(e.getMessage())
        .startsWith("invalid plan a.json: at least 1001 errors, the first 100 listed\n")
        .endsWith("\n  …and more");
    assertThat(listedLines(e)).hasSize(100);
    assertThat(e.violations()).hasSize(100);
    assertThat(e.violationCount()).isEqualTo(1001);
    assertThat(e.isComplete()).isFalse();
  }

  @Test
  void aCheckThatStoppedEarlyWithAFullListSaysAndMore() {
    InvalidPlanException e = InvalidPlanException.ofIncompleteCheck("a.json", unknownFields(100),
        100);

    assertThat(e.getMessage()).startsWith("invalid plan a.json: at least 100 errors\n")
        .endsWith("\n  /x99 [unknown-field] 'x99' is not a field of this object\n  …and more");
  }

  @Test
  void aCheckThatStoppedEarlyWithFewFoundListsThemWithoutATail() {
    InvalidPlanException e = InvalidPlanException.ofIncompleteCheck("a.json", unknownFields(2), 2);

    assertThat(e.getMessage()).isEqualTo("invalid plan a.json: at least 2 errors\n"
        + "  /x0 [unknown-field] 'x0' is not a field of this object\n"
        + "  /x1 [unknown-field] 'x1' is not a field of this object");
    assertThat(e.isComplete()).isFalse();
  }

  @Test
  void anIncompleteCheckMustHaveFoundSomethingAndCountAtLeastThat() {
    assertThatThrownBy(() -> InvalidPlanException.ofIncompleteCheck("a.json", List.of(), 5))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'firstFound' must hold a violation but was empty");
    assertThatThrownBy(() -> InvalidPlanException.ofIncompleteCheck("a.json", unknownFields(3),
        2))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("'atLeast' must be at least the 3 violations found but was 2");
  }

  @Test
  void withSourceKeepsTheListTheCountAndCompleteness() {
    InvalidPlanException built = new InvalidPlanException("'my-plan'", unknownFields(150));
    InvalidPlanException stopped = InvalidPlanException.ofIncompleteCheck("'my-plan'",
        unknownFields(100), 1001);

    InvalidPlanException file = built.withSource("plans/my.json");
    InvalidPlanException stoppedFile = stopped.withSource("plans/my.json");

    assertThat(file.source()).isEqualTo("plans/my.json");
    assertThat(file.violations()).isEqualTo(built.violations());
    assertThat(file.violationCount()).isEqualTo(150);
    assertThat(file.getMessage()).isEqualTo(built.getMessage()
        .replace("invalid plan 'my-plan'", "invalid plan plans/my.json"));
    assertThat(stoppedFile.isComplete()).isFalse();
    assertThat(stoppedFile.getMessage()).endsWith("…and more");
  }
}
