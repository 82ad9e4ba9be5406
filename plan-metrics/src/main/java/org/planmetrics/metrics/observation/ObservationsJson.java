package org.planmetrics.metrics.observation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.Plan;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;
import org.planmetrics.model.json.JsonSyntax;
import org.planmetrics.model.json.JsonWords;
import org.planmetrics.model.json.PlanJson;

/**
 * Observations read from JSON with every problem found at once, each with its pointer, rule,
 * value and message in Chinese and English, for example a body with {@code "investment": "abc"}
 * in one project, {@code "direction": 5} in another and an unknown unit in a team gives three
 * violations, not the reader's first failure ("Cannot coerce String value …"). The REST API and
 * the command line read observations here.
 *
 * <p>{@link #read} takes the text; {@link #check} a tree already parsed (the REST API parses with
 * limits of its own). Both go through the document against the observation types, noting every
 * unknown or missing field, value of the wrong type, null, bad date and number beyond {@link
 * #MAX_NUMBER_SCALE} digits ({@link Reading#fieldProblems}), and every rule a value breaks that
 * observations hold to however they are made (a negative investment, ranks out of range, a task
 * of 0, a key that is no period, an id given twice), setting those values aside so that the rest
 * binds, as a builder would refuse them; then check the rest against the plan with {@link
 * ObservationChecks}; the rules and the checks both in {@link Reading#planProblems}. A finding
 * about a value that was set aside is dropped: it would be about the stand-in, not the caller's
 * data.
 */
public final class ObservationsJson {

  /**
   * The largest scale or precision a figure may have: 40. A figure of 1e999999999 is refused, not
   * computed with.
   */
  public static final int MAX_NUMBER_SCALE = 40;

  /**
   * The most problems of a document's form kept: 1,000, so that a body of 70,000 nulls does not
   * become 35 MB of messages; the rest are counted ({@link Reading#fieldProblemCount}).
   */
  public static final int MAX_FIELD_PROBLEMS = ObservationsShape.MAX_PROBLEMS;

  private ObservationsJson() {}

  /**
   * What reading found: the observations, if the document has the form of observations; the
   * problems with its form, in document order; and the problems of the rest with the plan.
   *
   * @param observations present when {@code fieldProblems} is empty and the observations keep
   *     the rules they hold to however they are made (they could not be built otherwise), even if
   *     problems with the plan remain (a Java caller may assess anyway: the assessment skips what
   *     it cannot use)
   * @param fieldProblems malformed JSON, unknown or missing fields, wrong types, nulls, bad dates,
   *     numbers out of range: the first {@link #MAX_FIELD_PROBLEMS} in document order
   * @param fieldProblemCount how many problems of the form were found, listed or not
   * @param planProblems the rules the values break, each its own ({@link ProjectRules}, {@link
   *     RankRules}, {@link TeamRules}) in document order, then those of the whole ({@link
   *     ObservationRules}); then what {@link ObservationChecks} finds in the rest
   */
  public record Reading(Optional<Observations> observations, List<Violation> fieldProblems,
      long fieldProblemCount, List<Violation> planProblems) {

    public Reading {
      fieldProblems = List.copyOf(fieldProblems);
      planProblems = List.copyOf(planProblems);
    }

    /** How many problems there are in all, listed or not. */
    public long problemCount() {
      return fieldProblemCount + planProblems.size();
    }

    /** Every problem: those of the form first, then those with the plan. */
    public List<Violation> problems() {
      List<Violation> all = new ArrayList<>(fieldProblems);
      all.addAll(planProblems);
      return List.copyOf(all);
    }

    /** Whether the observations can be assessed on the plan without a problem. */
    public boolean isUsable() {
      return observations.isPresent() && planProblems.isEmpty();
    }
  }

  /**
   * Observations from the JSON {@code text}, with every problem of its form and with {@code
   * plan}; {@code subject} names the text in messages about its syntax, for example {@code new
   * JsonSyntax.Subject("the file scores.json", "文件scores.json")}.
   */
  public static Reading read(byte[] text, Plan plan, JsonSyntax.Subject subject) {
    JsonNode tree;
    try {
      tree = PlanJson.reader().readTree(text);
    } catch (JsonProcessingException e) {
      return new Reading(Optional.empty(), List.of(JsonSyntax.violation(e, text, subject)), 1,
          List.of());
    } catch (IOException e) {
      throw new IllegalStateException("reading JSON from bytes in memory failed", e);
    }
    if (tree == null || !tree.isObject()) {
      return new Reading(Optional.empty(), List.of(notAnObject(tree, subject)), 1, List.of());
    }
    return check((ObjectNode) tree, plan);
  }

  /**
   * The violation for a document that is not a JSON object: "the body must be a JSON object
   * (observations) but was an array".
   */
  public static Violation notAnObject(JsonNode tree, JsonSyntax.Subject subject) {
    return ObservationChecks.violation(JsonPointers.ROOT, "wrong-type", subject.en()
        + " must be a JSON object (observations) but was " + JsonWords.shownEn(tree),
        subject.zh() + "须为一个JSON对象(观测数据),实为" + JsonWords.shownZh(tree), null);
  }

  /**
   * Observations from {@code tree}, with every problem of its form and with {@code plan}. The
   * tree is changed: values with a problem are removed or stood in for.
   */
  public static Reading check(ObjectNode tree, Plan plan) {
    ObservationsShape.Result shape = ObservationsShape.check(tree, Observations.class);
    Observations observations;
    try {
      // The walk built them as it checked their rules; the tree binds as well, should it not.
      observations = shape.built().isPresent() ? shape.built().get()
          : PlanJson.reader().treeToValue(tree, Observations.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The walk should have set aside every value the reader refuses; report a gap between
      // the two at its place, in our words, rather than lose it.
      String pointer = e instanceof JsonMappingException mapping
          ? JsonPointers.of(mapping) : JsonPointers.ROOT;
      List<Violation> problems = new ArrayList<>(shape.problems());
      problems.add(JsonWords.invalid(pointer, "cannot be read as observations",
          "无法按观测数据的格式读取", tree.at(pointer)));
      return new Reading(Optional.empty(), problems, shape.found() + 1, List.of());
    }
    // The rules the observations hold to come first, then the checks against the plan; both are
    // problems of the data, which the REST API answers apart from those of form.
    List<Violation> checks = new ArrayList<>(shape.ruleProblems());
    // A check's finding about a value the walk set aside is about the stand-in, not the caller's.
    ObservationChecks.violations(observations, plan).stream()
        .filter(v -> !shape.covers(v.path()))
        .forEach(checks::add);
    boolean asGiven = shape.found() == 0 && shape.ruleProblems().isEmpty();
    return new Reading(asGiven ? Optional.of(observations) : Optional.empty(),
        shape.problems(), shape.found(), checks);
  }
}
