package org.planmetrics.model;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The clauses that the plan's parts cite, such as {@code 二.1} or {@code 四.(一).1}: each written
 * the way the document numbers its parts, and each naming a part the plan has.
 *
 * <p>A plan file does not hold the document's table of contents, so the known structure comes
 * from the plan itself. Its goals, key directions, measures and safeguards are the document's
 * numbered parts, and each of these four lists sits in one chapter, the chapter of its first item
 * (in the bundled plan: goals in 二, directions in 三, measures in 四, safeguards in 五). Then:
 * <ul>
 *   <li>an item's clause must lie in its list's chapter: a key direction {@code 九.9} among
 *       {@code 三.1}…{@code 三.8} is refused;
 *   <li>a target cites its own goal: the goal's clause or a part of it ({@code 二.1} for a target
 *       of goal {@code 二.1});
 *   <li>a cadence cites an item's clause, a part of one, or a section that holds items ({@code
 *       四.(二)} or {@code 五}); {@code 九.9} in a plan whose chapters are 一…五 is refused.
 * </ul>
 * A clause whose form is wrong is reported for its form only.
 */
final class ClauseChecks {

  private static final String NUMBER = "(?:[0-9]+|[一二三四五六七八九十百零〇]+)";
  private static final String SEGMENT = "(?:" + NUMBER + "|\\(" + NUMBER + "\\)|（" + NUMBER
      + "）)";

  /**
   * The form of a clause: numbers, Arabic or Chinese, bare or in ASCII or full-width brackets,
   * joined by '.'. The {@code clause} pattern of plan.schema.json is the same, so that a plan file
   * is refused for a bad clause before it is built.
   */
  static final Pattern FORM = Pattern.compile(SEGMENT + "(?:\\." + SEGMENT + ")*");

  private final ViolationList out;
  private final Set<String> itemClauses;

  ClauseChecks(Plan plan, ViolationList out) {
    this.out = out;
    this.itemClauses = Stream.of(plan.goals().stream().map(Goal::clause),
            Stream.of(plan.keyDirections(), plan.measures(), plan.safeguards())
                .flatMap(List::stream).map(ResponsibilityHolder::clause))
        .flatMap(s -> s)
        .collect(Collectors.toSet());
  }

  /**
   * Checks the clauses of one list of items, for example {@code path} {@code /keyDirections} and
   * {@code what} "key direction".
   */
  void checkItems(String path, String what, List<String> clauses) {
    String chapter = null;
    for (int i = 0; i < clauses.size(); i++) {
      String clause = clauses.get(i);
      String at = path + "/" + i + "/clause";
      if (!hasForm(at, clause)) {
        continue;
      }
      if (chapter == null) {
        chapter = chapterOf(clause);
      } else if (!chapterOf(clause).equals(chapter)) {
        out.add(at, "unknown-clause", "'clause' must lie in chapter " + chapter + ", where the "
            + "plan's first " + what + " is, but was '" + clause + "'", "'clause'须在本方案第一项"
            + ViolationList.chinese(what) + "所在的第" + chapter + "部分,实为'" + clause + "'", clause);
      }
    }
  }

  /** Checks the clause of a target of {@code goal}. */
  void checkTarget(String path, String clause, Goal goal) {
    String at = path + "/clause";
    if (hasForm(at, clause) && !within(clause, goal.clause())) {
      out.add(at, "unknown-clause", "'clause' must be the clause of the target's goal ("
          + goal.clause() + ") or a part of it but was '" + clause + "'", "'clause'须为该目标所属主要目标的条款("
          + goal.clause() + ")或其下的条款,实为'" + clause + "'", clause);
    }
  }

  /** Checks the clause of a cadence. */
  void checkCadence(String path, String clause) {
    String at = path + "/clause";
    if (hasForm(at, clause) && itemClauses.stream()
        .noneMatch(item -> within(clause, item) || within(item, clause))) {
      out.add(at, "unknown-clause", "'clause' must name a clause of the plan's goals, key "
          + "directions, measures or safeguards, a part of one or a section holding some, but "
          + "was '" + clause + "'", "'clause'须为本方案主要目标、重点方向、工作举措或保障措施的条款、其下的条款"
          + "或包含它们的章节,实为'" + clause + "'", clause);
    }
  }

  private boolean hasForm(String path, String clause) {
    if (FORM.matcher(clause).matches()) {
      return true;
    }
    out.add(path, "invalid-value", "'clause' must be numbers joined by '.', such as 二.1 or "
        + "四.(一).1, but was '" + clause + "'", "'clause'须为用'.'连接的序号,如二.1或四.(一).1,实为'"
        + clause + "'", clause);
    return false;
  }

  /** Whether {@code clause} is {@code part} or lies inside it: 四.(一).1 lies inside 四.(一). */
  private static boolean within(String clause, String part) {
    return clause.equals(part) || clause.startsWith(part + ".");
  }

  private static String chapterOf(String clause) {
    int dot = clause.indexOf('.');
    return dot < 0 ? clause : clause.substring(0, dot);
  }
}
