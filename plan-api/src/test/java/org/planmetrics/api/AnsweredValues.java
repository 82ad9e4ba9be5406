package org.planmetrics.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.planmetrics.model.json.PlanJson;

/**
 * A library result as an answer carries it: written with the answers' precision policy ({@link
 * AnswerNumbers}) and read back. The tests that compare an answer with the library's own result
 * compare with this, so that they check the route and not the rounding, which {@code
 * AnswerNumbersTest} checks.
 */
public final class AnsweredValues {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  private AnsweredValues() {}

  /** {@code value} (of {@code type}) with every decimal as an answer writes it. */
  public static <T> T asAnswered(T value, Class<T> type) {
    try {
      return MAPPER.readValue(AnswerNumbers.writer(MAPPER.writer()).writeValueAsBytes(value), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
