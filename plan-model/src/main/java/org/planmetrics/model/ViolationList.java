package org.planmetrics.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The violations of one plan found so far, in the order found, with the wording they share. The
 * checks of {@link PlanValidator} and the classes it calls all add to one list, so that the plan's
 * violations come in the order of the plan file's fields whichever class finds them.
 */
final class ViolationList {

  private final List<Violation> violations = new ArrayList<>();

  void add(String path, String rule, String message, String value) {
    violations.add(Violation.of(path, rule, message, Optional.ofNullable(value)));
  }

  /** How many violations were found so far; a check compares it to see whether it added any. */
  int size() {
    return violations.size();
  }

  List<Violation> toList() {
    return ImmutableList.copyOf(violations);
  }

  /** Reports an unknown reference and answers whether the reference is known. */
  boolean reference(String path, String what, String value, Set<String> known) {
    if (known.contains(value)) {
      return true;
    }
    String field = path.substring(path.lastIndexOf('/') + 1);
    if (field.chars().allMatch(Character::isDigit)) {
      String parent = path.substring(0, path.lastIndexOf('/'));
      field = parent.substring(parent.lastIndexOf('/') + 1);
    }
    add(path, "unknown-reference", "'" + field + "' must name " + article(what) + " " + what
        + " of the plan but was '" + value + "'", value);
    return false;
  }

  /**
   * Reports each entry of the list at {@code path} that repeats an earlier one, for example the
   * second {@code "large"} of {@code "tiers": ["large", "medium", "large"]}, whose {@code field}
   * is "tiers" and whose entries each name a "tier".
   */
  void repeatedEntries(String path, String field, String what, List<String> entries) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      Integer earlier = first.putIfAbsent(entries.get(i), i);
      if (earlier != null) {
        add(path + "/" + i, "duplicate-reference", "'" + field + "' must name each " + what
            + " once but '" + entries.get(i) + "' is also at " + path + "/" + earlier,
            entries.get(i));
      }
    }
  }

  /** "an" before a vowel, "a" otherwise, so that messages read as English. */
  static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
