package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planmetrics.model.time.PlanWindow;

/** The project's Jackson settings: what a document may say and how it is read. */
class PlanJsonTest {

  private static final ObjectMapper MAPPER = PlanJson.mapper();

  @ParameterizedTest(name = "startYear {0}")
  @ValueSource(strings = {"5.99", "2022.5", "2022.0", "2022e0", "2.022E3"})
  void aWholeNumberFieldRefusesAFraction(String number) {
    String json = "{\"startYear\": " + number + ", \"endYear\": 2024}";

    assertThatThrownBy(() -> MAPPER.readValue(json, PlanWindow.class))
        .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
          assertThat(e.getPath()).singleElement()
              .satisfies(ref -> assertThat(ref.getFieldName()).isEqualTo("startYear"));
          assertThat(new BigDecimal(String.valueOf(e.getValue()))).isEqualByComparingTo(number);
        });
  }

  @ParameterizedTest(name = "startYear {0}")
  @ValueSource(strings = {"5.99", "2022.0"})
  void aWholeNumberFieldRefusesAFractionReadThroughATree(String number) {
    // The REST layer reads a body into a tree first and binds it afterwards.
    String json = "{\"startYear\": " + number + ", \"endYear\": 2024}";

    assertThatThrownBy(() -> MAPPER.treeToValue(MAPPER.readTree(json), PlanWindow.class))
        .isInstanceOf(InvalidFormatException.class);
  }

  @ParameterizedTest(name = "startYear {0}")
  @ValueSource(strings = {"2022", "-0", "0"})
  void aWholeNumberFieldAcceptsAnInteger(String number) throws Exception {
    PlanWindow window = MAPPER.readValue("{\"startYear\": " + number + ", \"endYear\": 2024}",
        PlanWindow.class);

    assertThat(window.startYear()).isEqualTo(Integer.parseInt(number));
  }
}
