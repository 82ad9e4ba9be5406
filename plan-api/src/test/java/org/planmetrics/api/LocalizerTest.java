package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.planmetrics.metrics.assessment.Assessor;
import org.planmetrics.metrics.observation.Observations;
import org.planmetrics.model.plans.BundledPlans;
import org.planmetrics.model.Language;
import org.planmetrics.model.Target;
import org.planmetrics.model.json.PlanJson;

/**
 * The two ways the API adds {@code <member>Text} siblings agree: writing a scorecard or an
 * assessment with {@link Localizer#withTextSiblings} gives the same JSON as {@link
 * Localizer#localize} on its tree, member for member (their order may differ).
 */
class LocalizerTest {

  private static final ObjectMapper MAPPER = PlanJson.newMapper();
  private static final ObjectMapper LOCALIZING = Localizer.withTextSiblings(MAPPER);
  private static final Assessor ASSESSOR = Assessor.of(BundledPlans.gongqingcheng2022());

  private static Observations example() throws Exception {
    return MAPPER.readValue(ApiCalls.exampleObservations(), Observations.class);
  }

  private static JsonNode written(Object value, Language language) throws Exception {
    return MAPPER.readTree(LOCALIZING.writer().withAttribute(Language.class, language)
        .writeValueAsBytes(value));
  }

  /**
   * The tree as a client reads it: written and parsed again, so that a BigDecimal 7 of {@code
   * valueToTree} and the 7 parsed from text compare equal.
   */
  private static JsonNode asReceived(JsonNode tree) throws Exception {
    return MAPPER.readTree(MAPPER.writeValueAsBytes(tree));
  }

  /** Every member name ending in "Text" anywhere in {@code node}. */
  private static List<String> textMembers(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(field -> {
      if (field.getKey().endsWith("Text")) {
        names.add(field.getKey());
      }
      names.addAll(textMembers(field.getValue()));
    });
    node.elements().forEachRemaining(element -> {
      if (!node.isObject()) {
        names.addAll(textMembers(element));
      }
    });
    return names;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void aScorecardWrittenWithSiblingsEqualsTheLocalizedTree(Language language) throws Exception {
    Object scorecard = ASSESSOR.scorecard(example());
    JsonNode expected = asReceived(Localizer.localize(MAPPER.valueToTree(scorecard), language));

    JsonNode actual = written(scorecard, language);

    assertThat(actual).isEqualTo(expected);
    // explanation, title and reason texts: the example has all three kinds.
    assertThat(textMembers(actual)).contains("explanationText", "titleText", "reasonText");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyAssessmentWrittenWithSiblingsEqualsTheLocalizedTree(Language language)
      throws Exception {
    Observations observations = example();
    for (Target target : ASSESSOR.plan().targets()) {
      Object assessment = ASSESSOR.assess(target, observations);
      assertThat(written(assessment, language)).as(target.id())
          .isEqualTo(asReceived(Localizer.localize(MAPPER.valueToTree(assessment), language)));
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void theSiblingIsTheTextInTheRequestedLanguage(Language language) throws Exception {
    JsonNode goal = written(ASSESSOR.scorecard(example()), language).path("goals").path(0);
    assertThat(goal.path("titleText").asText())
        .isEqualTo(goal.path("title").path(language == Language.EN ? "en" : "zh").asText())
        .isNotEmpty();
  }

  @org.junit.jupiter.api.Test
  void withoutALanguageNoSiblingsAreWritten() throws Exception {
    Object scorecard = ASSESSOR.scorecard(example());
    JsonNode plain = MAPPER.readTree(LOCALIZING.writeValueAsBytes(scorecard));
    assertThat(textMembers(plain)).isEmpty();
    assertThat(plain).isEqualTo(asReceived(MAPPER.valueToTree(scorecard)));
  }
}
