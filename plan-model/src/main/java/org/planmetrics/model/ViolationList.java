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

  /**
   * Adds a violation at {@code path} with its message in English and in Chinese, for example
   * "'id' must not be blank" and "'id'不得为空".
   */
  void add(String path, String rule, String message, String messageZh, String value) {
    violations.add(Violation.of(path, rule, message, Optional.ofNullable(value))
        .withMessageZh(messageZh));
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
        + " of the plan but was '" + value + "'", "'" + field + "'须为本方案的" + chinese(what)
        + ",实为'" + value + "'", value);
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
            "'" + field + "'中每个" + chinese(what) + "只能列出一次,但'" + entries.get(i)
                + "'在" + path + "/" + earlier + "已列出", entries.get(i));
      }
    }
  }

  /**
   * The Chinese name of a kind of thing the plan holds, with the file's English word after it
   * where the Chinese alone could mean two things: "indicator" is 指标, "goal" 主要目标(goal).
   *
   * @throws IllegalStateException for a word without a Chinese name here, so that a new check
   *     cannot word its message in English only
   */
  static String chinese(String what) {
    String name = CHINESE.get(what);
    if (name == null) {
      throw new IllegalStateException("no Chinese name for '" + what + "'");
    }
    return name;
  }

  private static final Map<String, String> CHINESE = Map.ofEntries(
      Map.entry("indicator", "指标"),
      Map.entry("unit", "责任单位"),
      Map.entry("goal", "主要目标(goal)"),
      Map.entry("target", "目标(target)"),
      Map.entry("key direction", "重点方向"),
      Map.entry("measure", "工作举措"),
      Map.entry("safeguard", "保障措施"),
      Map.entry("cadence", "工作要求(cadence)"),
      Map.entry("report", "报告"),
      Map.entry("window reading", "规划期解读"),
      Map.entry("project tier", "项目档次"),
      Map.entry("tier", "项目档次"),
      Map.entry("peer unit", "同级单位"));

  /** "an" before a vowel, "a" otherwise, so that messages read as English. */
  static String article(String word) {
    return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
