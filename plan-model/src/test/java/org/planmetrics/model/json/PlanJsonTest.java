package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"2023-01-01T23:59:59\"", "\" 2023-01-01\"", "\"2023-01-01\\u0000\"",
      "\"2023-01-01 \"", "\"2023-02-30\"", "\"2023-13-01\"", "\"2023-6-30\"", "\"+2023-06-30\"",
      "\"２０２３-06-30\"", "\"\"", "19358", "20230630.0"})
  void aDateMustBeAPlainYyyyMmDdStringOfADayThatExists(String json) {
    assertThatThrownBy(() -> MAPPER.readValue(json, LocalDate.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("must be a date written YYYY-MM-DD");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"[2023, 1, 1]", "true", "{\"year\": 2023}"})
  void aDateIsNotAnArrayABooleanOrAnObject(String json) {
    assertThatThrownBy(() -> MAPPER.readValue(json, LocalDate.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2023-06-30", "2024-02-29", "0001-01-01"})
  void aPlainDateReadsAndWritesUnchanged(String date) throws Exception {
    LocalDate read = MAPPER.readValue("\"" + date + "\"", LocalDate.class);

    assertThat(read).isEqualTo(LocalDate.parse(date));
    assertThat(MAPPER.writeValueAsString(read)).isEqualTo("\"" + date + "\"");
  }

  @Test
  void aDateInsideAValueIsReadTheSameWay() {
    String json = "{\"asOf\": \"2023-01-01T23:59:59\"}";

    assertThatThrownBy(() -> MAPPER.readValue(json, DatedValue.class))
        .isInstanceOfSatisfying(InvalidFormatException.class, e ->
            assertThat(e.getPath()).singleElement()
                .satisfies(ref -> assertThat(ref.getFieldName()).isEqualTo("asOf")));
  }

  /** A value with one date, as observations hold them. */
  private record DatedValue(@JsonProperty("asOf") LocalDate asOf) {}

  @Test
  void eachCallerGetsAMapperOfItsOwn() throws Exception {
    ObjectMapper mine = PlanJson.mapper();
    mine.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThat(PlanJson.mapper()).isNotSameAs(mine);
    assertThat(mine.readValue("{\"startYear\": 2022, \"endYear\": 2024, \"x\": 1}",
        PlanWindow.class)).isEqualTo(PlanWindow.of(2022, 2024));
    assertThatThrownBy(() -> PlanJson.mapper().readValue(
        "{\"startYear\": 2022, \"endYear\": 2024, \"x\": 1}", PlanWindow.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> PlanJson.reader().forType(PlanWindow.class)
        .readValue("{\"startYear\": 2022, \"endYear\": 2024, \"x\": 1}"))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void theSharedReaderAndWriterKeepTheSettings() throws Exception {
    String json = PlanJson.writer().writeValueAsString(new BigDecimal("3.042E+2"));

    assertThat(json).isEqualTo("304.2");
    assertThat(PlanJson.reader().readTree("{\"v\": 20.0}").get("v").decimalValue())
        .isEqualTo(new BigDecimal("20.0"));
  }
}
