package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.json.PlanJson;

/** A crossed read limit is reported by its kind, as a field, not in Jackson's words. */
class ReadLimitsTest {

  private static final ObjectMapper MAPPER = PlanJson.newMapper(ReadLimits.CONSTRAINTS);

  @Test
  void theLimitsAreTheDocumentedOnesAndTheRestStayJacksons() {
    StreamReadConstraints limits = ReadLimits.CONSTRAINTS;
    StreamReadConstraints defaults = StreamReadConstraints.defaults();

    assertThat(limits.getMaxNestingDepth()).isEqualTo(64);
    assertThat(limits.getMaxNumberLength()).isEqualTo(100);
    assertThat(limits.getMaxStringLength()).isEqualTo(100_000);
    assertThat(limits.getMaxNameLength()).isEqualTo(1_000);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(defaults.getMaxDocumentLength());
    assertThat(limits.getMaxTokenCount()).isEqualTo(defaults.getMaxTokenCount());
  }

  @ParameterizedTest
  @EnumSource(value = ReadLimits.Limit.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void eachLimitCrossedIsNamedByItsKind(ReadLimits.Limit limit) {
    String body = switch (limit) {
      case NESTING -> "[".repeat(65) + "]".repeat(65);
      case NUMBER_LENGTH -> "{\"a\": " + "1".repeat(101) + "}";
      case STRING_LENGTH -> "{\"a\": \"" + "x".repeat(100_001) + "\"}";
      case NAME_LENGTH -> "{\"" + "a".repeat(1_001) + "\": 1}";
      case OTHER -> throw new AssertionError(limit);
    };

    Throwable thrown = catchThrowable(() -> MAPPER.readTree(body));

    assertThat(thrown).isInstanceOfSatisfying(ReadLimits.Exceeded.class,
        e -> assertThat(e.limit()).isEqualTo(limit));
  }

  @Test
  void aBodyWithinTheLimitsReads() throws Exception {
    String body = "{\"" + "a".repeat(1_000) + "\": [" + "1".repeat(100) + ", \""
        + "x".repeat(100_000) + "\", " + "[".repeat(60) + "]".repeat(60) + "]}";

    assertThat(MAPPER.readTree(body).size()).isEqualTo(1);
  }

  @Test
  void eachLimitSaysWhatABodyMustKeepTo() {
    assertThat(ReadLimits.Limit.NESTING.rule())
        .isEqualTo("the body must not nest deeper than 64 levels");
    assertThat(ReadLimits.Limit.NUMBER_LENGTH.rule())
        .isEqualTo("a number must have at most 100 characters");
    assertThat(ReadLimits.Limit.STRING_LENGTH.rule())
        .isEqualTo("a string must have at most 100000 characters");
    assertThat(ReadLimits.Limit.NAME_LENGTH.rule())
        .isEqualTo("a member name must have at most 1000 characters");
    assertThat(ReadLimits.Limit.OTHER.rule()).isEqualTo("the body exceeds a read limit");
  }
}
