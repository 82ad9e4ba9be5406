package org.planmetrics.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planmetrics.model.Choices;
import org.planmetrics.model.Violation;
import org.quicktheories.core.Gen;

/**
 * Properties of checking the first values of a plan file (QuickTheories; a failure shrinks to
 * fewer damages): over the bundled plan damaged at random places, what a prefix reports is
 * reported by the whole file too, and the first violations found are some of the file's.
 */
class SchemaCheckProperties {

  private static final String BUNDLED = bundledText();

  @Test
  void everyViolationOfAPrefixIsAViolationOfTheWholeFile() {
    qt().withExamples(150)
        .forAll(damagedPlans(), integers().between(1, 1_000_000))
        .checkAssert((json, cut) -> {
          List<Violation> all = SchemaCheck.all(readTree(json));
          long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);
          long k = 1 + cut % values;

          assertThat(SchemaCheck.violationsOfPrefix(json, k))
              .as("first %s of %s values", k, values)
              .hasValueSatisfying(found -> assertThat(found).isSubsetOf(all));
        });
  }

  @Test
  void theFirstViolationsFoundAreSomeOfTheFilesAndAsManyAsWanted() {
    qt().withExamples(60)
        .forAll(damagedPlans(), integers().between(1, 20))
        .checkAssert((json, wanted) -> {
          List<Violation> all = SchemaCheck.all(readTree(json));
          long values = JsonPrefix.count(json, Long.MAX_VALUE - 1);

          SchemaCheck.Findings first = SchemaCheck.firstViolations(json, values, wanted);

          assertThat(first.violations()).isSubsetOf(all)
              .hasSize(Math.min(wanted, all.size()));
        });
  }

  /**
   * The bundled plan with 1 to 12 damages, each to a chosen object: it loses a field, gains an
   * unknown one, or has a field's value replaced by one of another type. A failure shrinks to
   * fewer damages, nearer the start of the file.
   */
  private static Gen<String> damagedPlans() {
    return in -> {
      Choices random = new Choices(in);
      return damaged(random, 1 + random.nextInt(12));
    };
  }

  private static String damaged(Choices random, int damages) {
    JsonNode tree = readTree(BUNDLED);
    List<ObjectNode> objects = new ArrayList<>();
    collectObjects(tree, objects);
    for (int i = 0; i < damages; i++) {
      ObjectNode object = objects.get(random.nextInt(objects.size()));
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      int how = names.isEmpty() ? 1 : random.nextInt(3);
      if (how == 0) {
        object.remove(names.get(random.nextInt(names.size())));
      } else if (how == 1) {
        object.put("unknown-" + i, i);
      } else {
        String name = names.get(random.nextInt(names.size()));
        object.set(name, object.get(name).isTextual() ? IntNode.valueOf(i)
            : TextNode.valueOf("not " + name));
      }
    }
    return tree.toString();
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> out) {
    if (node instanceof ObjectNode) {
      out.add((ObjectNode) node);
    }
    if (node instanceof ObjectNode || node instanceof ArrayNode) {
      node.forEach(child -> collectObjects(child, out));
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return PlanJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bundledText() {
    try (InputStream in = SchemaCheckProperties.class.getResourceAsStream(
        "/org/planmetrics/model/plans/gongqingcheng-2022.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
