package org.planmetrics.api;

import static org.planmetrics.api.JsonResponses.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.planmetrics.metrics.Compounding;
import org.planmetrics.metrics.Pacing;
import org.planmetrics.model.InvalidArgumentException;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.PlanJson;

/**
 * The calculators, the plan's formulas over query parameters, for example {@code GET
 * /api/v1/calculators/implied-base?total=304.2&rate=0.10&years=3} gives an implied base of 83.55.
 * A parameter that is missing, given twice, is not a number, or that the formula refuses is a 400
 * {@code bad-parameter} problem pointing at {@code /query/<name>}.
 */
final class CalculatorRoutes {

  /** The most characters a decimal parameter may have. */
  private static final int MAX_DECIMAL_LENGTH = 50;

  // The query parameter of each argument a route's formula can refuse, by the argument's name
  // (InvalidArgumentException.argument()). The names agree today; the tables keep them apart.
  private static final Map<String, String> IMPLIED_BASE =
      Map.of("total", "total", "rate", "rate", "years", "years");
  private static final Map<String, String> REQUIRED_GROWTH =
      Map.of("base", "base", "total", "total", "years", "years");
  private static final Map<String, String> TIME_PROGRESS =
      Map.of("actual", "actual", "target", "target");

  /** Builds the answers; a copy of the project's mapper, kept to this class. */
  private final ObjectMapper mapper = PlanJson.mapper();

  /** {@code GET /api/v1/calculators/implied-base?total=&rate=&years=}: B = C ÷ Σ(1+g)ᵏ. */
  void impliedBase(Context ctx) {
    BigDecimal total = decimal(ctx, "total");
    BigDecimal rate = decimal(ctx, "rate");
    int years = integer(ctx, "years", 1, 100);
    BigDecimal base = calculate(() -> Compounding.impliedBaseValue(total, rate, years),
        IMPLIED_BASE);
    json(ctx, mapper.createObjectNode().put("total", total).put("rate", rate).put("years", years)
        .put("impliedBase", base));
  }

  /** {@code GET /api/v1/calculators/required-growth?base=&total=&years=}: g with B·Σ(1+g)ᵏ = C. */
  void requiredGrowth(Context ctx) {
    BigDecimal base = decimal(ctx, "base");
    BigDecimal total = decimal(ctx, "total");
    int years = integer(ctx, "years", 1, 100);
    BigDecimal rate = calculate(() -> Compounding.requiredGrowthRate(base, total, years),
        REQUIRED_GROWTH);
    json(ctx, mapper.createObjectNode().put("base", base).put("total", total).put("years", years)
        .put("requiredGrowthRate", rate));
  }

  /**
   * {@code GET /api/v1/calculators/time-progress?actual=&target=&monthsElapsed=&monthsTotal=}:
   * completion, time progress and the gap between them in percentage points.
   */
  void timeProgress(Context ctx) {
    BigDecimal actual = decimal(ctx, "actual");
    BigDecimal target = decimal(ctx, "target");
    int monthsTotal = integer(ctx, "monthsTotal", 1, 1200);
    int monthsElapsed = integer(ctx, "monthsElapsed", 0, monthsTotal);
    BigDecimal completion = calculate(() -> Pacing.completionRate(actual, target),
        TIME_PROGRESS);
    BigDecimal progress = Pacing.timeProgress(monthsElapsed, monthsTotal);
    json(ctx, mapper.createObjectNode().put("actual", actual).put("target", target)
        .put("monthsElapsed", monthsElapsed).put("monthsTotal", monthsTotal)
        .put("completion", completion).put("timeProgress", progress)
        .put("gapPercentagePoints", Pacing.gapInPercentagePoints(completion, progress)));
  }

  private static BigDecimal decimal(Context ctx, String name) {
    String text = QueryParameters.required(ctx, name, "a decimal number", "数字");
    if (text.length() > MAX_DECIMAL_LENGTH) {
      throw ApiProblem.badParameter(name, "must be a decimal number of at most "
          + MAX_DECIMAL_LENGTH + " characters", "须为不超过" + MAX_DECIMAL_LENGTH + "个字符的数字",
          text.substring(0, MAX_DECIMAL_LENGTH) + "…");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "must be a decimal number but was '" + text + "'",
          "须为数字,实为'" + text + "'", text);
    }
    if (Math.abs(value.scale()) > ObservationsReader.MAX_NUMBER_SCALE) {
      throw ApiProblem.badParameter(name, "must have an exponent within ±"
          + ObservationsReader.MAX_NUMBER_SCALE + " but was '" + text + "'", "的指数须在±"
          + ObservationsReader.MAX_NUMBER_SCALE + "以内,实为'" + text + "'", text);
    }
    return value;
  }

  private static int integer(Context ctx, String name, int min, int max) {
    String text = QueryParameters.required(ctx, name, "a whole number", "整数");
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, "must be a whole number but was '" + text + "'",
          "须为整数,实为'" + text + "'", text);
    }
    if (value < min || value > max) {
      throw ApiProblem.badParameter(name, "must be between " + min + " and " + max + " but was "
          + value, "须在" + min + "至" + max + "之间,实为" + value, text);
    }
    return value;
  }

  /**
   * The value of {@code formula}, or a 400 {@code bad-parameter} problem with the formula's own
   * words ("'rate' must be above -1 but was -2") if it refuses an argument. {@code parameters}
   * names the query parameter of each argument the formula can refuse; the problem points at
   * it, or at the whole query for an argument missing from the table.
   */
  private static BigDecimal calculate(Supplier<BigDecimal> formula,
      Map<String, String> parameters) {
    try {
      return formula.get();
    } catch (InvalidArgumentException e) {
      String parameter = parameters.get(e.argument());
      String pointer = parameter == null ? JsonPointers.ROOT : JsonPointers.of("query", parameter);
      LocalizedText message = e.messages();
      throw new ApiProblem(400, "bad-parameter", "Bad query parameter", message,
          List.of(ApiProblem.violation(pointer, "bad-parameter", message, e.value())));
    }
  }
}
