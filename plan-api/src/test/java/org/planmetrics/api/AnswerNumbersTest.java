package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planmetrics.api.ApiCalls.get;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planmetrics.api.ApiCalls.Reply;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.model.json.PlanJson;
import org.quicktheories.core.Gen;

/**
 * The precision policy of answers ({@link AnswerNumbers}): its named cases, its properties (a
 * client reading the answer as a double holds exactly the decimal written), and its use over
 * HTTP. {@link ApiCalls#check} applies {@link #assertNumbersWithinPolicy} to every JSON answer
 * of every API test.
 */
public class AnswerNumbersTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  /** What a double holds for certain, read back as a client would show it. */
  private static final MathContext DOUBLE_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);

  /**
   * Fails unless every number of the JSON {@code body} has at most 15 significant digits and 12
   * decimal places (trailing zeros aside).
   */
  public static void assertNumbersWithinPolicy(String body) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
    assertWithinPolicy(tree, "");
  }

  private static void assertWithinPolicy(JsonNode node, String pointer) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue().stripTrailingZeros();
      assertThat(value.precision()).as("significant digits of %s at %s", value, pointer)
          .isLessThanOrEqualTo(AnswerNumbers.SIGNIFICANT_DIGITS);
      assertThat(value.scale()).as("decimal places of %s at %s", value, pointer)
          .isLessThanOrEqualTo(AnswerNumbers.MAX_DECIMAL_PLACES);
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertWithinPolicy(node.get(i), pointer + "/" + i);
      }
    }
    for (var member : node.properties()) {
      assertWithinPolicy(member.getValue(), pointer + "/" + member.getKey());
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // The example: an implied base of 20 digits, cut at the twelfth decimal.
      "83.548475693490799231, 83.548475693491",
      // Fifteen significant digits before the twelfth decimal is reached.
      "123456789.123456789, 123456789.123457",
      // Within the policy: written as it is, scale and trailing zeros kept (a plan's 20.0).
      "20.0, 20.0",
      "0.07, 0.07",
      "0.123456789012, 0.123456789012",
      // Half up, away from zero, as DisplayRounding rounds: the thirteenth decimal decides.
      "0.0000000000005, 0.000000000001",
      "-0.0000000000005, -0.000000000001",
      "0.0000000000004999, 0",
      // The noise of a computation near zero is answered as 0, without a sign or zeros.
      "-0.0000000000001, 0",
      "2.0000000000000001, 2",
      // Large figures keep 15 digits and are written plainly.
      "1234567890123456789, 1234567890123460000",
      "999999999999999.5, 1000000000000000",
  })
  void namedCases(String value, String answered) {
    assertThat(AnswerNumbers.round(new BigDecimal(value)).toPlainString()).isEqualTo(answered);
  }

  /** Decimals of every size: up to 19 digits, from 30 decimal places to 5 zeros before the point. */
  private static Gen<BigDecimal> decimals() {
    return longs().all().zip(integers().between(-5, 30), BigDecimal::valueOf);
  }

  @Test
  void everyAnsweredNumberIsWithinThePolicy() {
    qt().withExamples(2_000).forAll(decimals()).checkAssert(value ->
        assertNumbersWithinPolicy(AnswerNumbers.round(value).toPlainString()));
  }

  @Test
  void aClientReadingADoubleHoldsExactlyTheAnsweredDecimal() {
    qt().withExamples(2_000).forAll(decimals()).checkAssert(value -> {
      BigDecimal answered = AnswerNumbers.round(value);
      double asRead = Double.parseDouble(answered.toPlainString());
      assertThat(new BigDecimal(asRead).round(DOUBLE_DIGITS)).as("%s read as %s", answered, asRead)
          .isEqualByComparingTo(answered);
    });
  }

  @Test
  void roundingMovesAFigureByAtMostHalfItsLastPlace() {
    qt().withExamples(2_000).forAll(decimals()).checkAssert(value -> {
      BigDecimal answered = AnswerNumbers.round(value);
      int lastPlace = Math.min(AnswerNumbers.MAX_DECIMAL_PLACES,
          AnswerNumbers.SIGNIFICANT_DIGITS - (value.precision() - value.scale()));
      BigDecimal halfUnit = BigDecimal.valueOf(5).scaleByPowerOfTen(-lastPlace - 1);
      assertThat(answered.subtract(value).abs()).isLessThanOrEqualTo(halfUnit);
    });
  }

  @Test
  void roundingTwiceIsRoundingOnce() {
    qt().withExamples(2_000).forAll(decimals()).checkAssert(value -> {
      BigDecimal answered = AnswerNumbers.round(value);
      assertThat(AnswerNumbers.round(answered)).isEqualTo(answered);
    });
  }

  @Test
  void roundingNeverReordersTwoFigures() {
    // A status compares figures; the answer must not show a smaller actual above a larger one.
    qt().withExamples(2_000).forAll(decimals(), decimals()).checkAssert((a, b) -> {
      BigDecimal low = a.min(b);
      BigDecimal high = a.max(b);
      assertThat(AnswerNumbers.round(low)).isLessThanOrEqualTo(AnswerNumbers.round(high));
    });
  }

  @Test
  void theImpliedBaseIsAnsweredWithinThePolicyAndTheLibraryKeepsItsDigits() {
    BigDecimal library = Compounding.impliedBaseValue(new BigDecimal("304.2"),
        new BigDecimal("0.10"), 3);
    assertThat(library.precision()).as("the library's figure").isEqualTo(20);
    JavalinTest.test(PlanApi.create(PlanCatalog.bundled(), ServerSettings.defaults()),
        (server, client) -> {
          Reply reply = get(client,
              "/api/v1/calculators/implied-base?total=304.2&rate=0.10&years=3");
          assertThat(reply.status()).isEqualTo(200);
          assertThat(reply.body()).contains("\"impliedBase\":83.548475693491");
          assertThat(reply.json().path("impliedBase").decimalValue())
              .isEqualTo(AnswerNumbers.round(library));
          // Inputs are echoed as sent: within the policy, nothing changes.
          assertThat(reply.body()).contains("\"total\":304.2", "\"rate\":0.10");
        });
  }
}
