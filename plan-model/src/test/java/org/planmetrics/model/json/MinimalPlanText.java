package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.planmetrics.model.InvalidPlanException;

/**
 * The minimal plan file's text, for tests that rewrite one part of it, and the refusal of a
 * rewritten text, for example {@code refusal(minimal().replace("YEAR", "MONTH"))}.
 */
final class MinimalPlanText {

  private MinimalPlanText() {}

  static String minimal() throws IOException {
    try (InputStream in = MinimalPlanText.class.getResourceAsStream(
        "/org/planmetrics/model/fixtures/minimal-plan.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The exception that refuses {@code json}; the test fails if it is read. */
  static InvalidPlanException refusal(String json) {
    InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
        () -> PlanFiles.read(json, "test"));
    assertThat(e).as("the plan must be refused").isNotNull();
    return e;
  }
}
