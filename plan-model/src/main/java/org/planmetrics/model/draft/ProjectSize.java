package org.planmetrics.model.draft;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.quantity.Unit;

/**
 * A project size that selects the projects counted: "10亿元以上项目", "5000万元以上的工业项目",
 * "1亿元(外资1000万美元)以上项目". The plan file has no size on a selection, only tiers, so a size
 * becomes a tier of {@code projectTiers} named by its words, and the selection names that tier.
 *
 * <p>A bound in dollars in brackets ("外资1000万美元") is the tier's {@code minForeignCapital}: the
 * loader places a foreign-funded project by its foreign capital in such a tier, and every other
 * project by its investment in yuan. 以上 may stand after the yuan, inside the brackets or after
 * them; at least one must be there, since without it the figure is an amount, not a size.
 */
final class ProjectSize {

  private static final String NUM = "\\d+(?:\\.\\d+)?";
  private static final Pattern SIZE = Pattern.compile(
      "(?<num>" + NUM + ")?(?<unit>万亿元|亿美元|万美元|亿元|万元)(?<above>及?以上)?"
          + "(?:\\((?:其中)?外资(?<fnum>" + NUM + ")(?<funit>亿美元|万美元)(?<fabove>及?以上)?\\))?"
          + "(?<after>及?以上)?的?(?=[\\p{IsHan}“”]{0,8}?项目)");

  /** The tier's id: the size's words in the rules' form, 以上 kept, 的 dropped ("10亿元以上"). */
  final String id;
  /** The tier as the plan file writes it, with a name in the words as given. */
  final ObjectNode tier;
  /** Offsets [start, end) of the size's words in the sentence read. */
  final int start;
  final int end;
  final boolean foreign;
  /** The size in yuan was not written (a size in dollars only): its bound is left to a person. */
  final boolean yuanToFill;

  private ProjectSize(String id, ObjectNode tier, int start, int end, boolean foreign,
      boolean yuanToFill) {
    this.id = id;
    this.tier = tier;
    this.start = start;
    this.end = end;
    this.foreign = foreign;
    this.yuanToFill = yuanToFill;
  }

  static Matcher matcher(String clause) {
    return SIZE.matcher(clause);
  }

  /**
   * The size at {@code m}, or empty when no 以上 goes with it. {@code from} is the clause's offset
   * in the sentence, {@code asWritten} the words of the match in the text as given and
   * {@code projectsAsWritten} those of the 项目 it selects (項目 in traditional script).
   */
  static Optional<ProjectSize> of(Matcher m, int from, String asWritten,
      String projectsAsWritten) {
    if (m.group("above") == null && m.group("fabove") == null && m.group("after") == null) {
      return Optional.empty();
    }
    String words = m.group().endsWith("的") ? m.group().substring(0, m.group().length() - 1)
        : m.group();
    String nameWords = asWritten.endsWith("的") ? asWritten.substring(0, asWritten.length() - 1)
        : asWritten;
    BigDecimal value = m.group("num") == null ? BigDecimal.ONE : new BigDecimal(m.group("num"));
    Unit unit = DraftReader.money(m.group("unit"));
    ObjectNode tier = JsonNodeFactory.instance.objectNode();
    tier.put("id", words);
    tier.putObject("name").put("zh", nameWords + projectsAsWritten)
        .put("en", PlanDrafts.TO_FILL + "English name");
    boolean yuan = unit.isCommensurableWith(Unit.CNY_100M);
    ObjectNode min = tier.putObject("minInvestment");
    if (yuan) {
      min.put("value", value).put("unit", unit.name());
    } else {
      // "1000万美元以上项目": the bound in yuan every tier needs is not in the text.
      min.put("value", PlanDrafts.TO_FILL + "下限(含,人民币) the lower bound in yuan")
          .put("unit", "CNY_100M");
    }
    boolean foreign = !yuan || m.group("fnum") != null;
    if (!yuan) {
      tier.putObject("minForeignCapital").put("value", value).put("unit", unit.name());
    } else if (m.group("fnum") != null) {
      tier.putObject("minForeignCapital").put("value", new BigDecimal(m.group("fnum")))
          .put("unit", DraftReader.money(m.group("funit")).name());
    }
    return Optional.of(new ProjectSize(words, tier, from + m.start(), from + m.end(), foreign,
        !yuan));
  }

  /** Why the count's 以上 is the size's, and which tier the size became. */
  LocalizedText tierReading() {
    return LocalizedText.of("“以上”跟在项目规模之后,是入选项目的条件,不是个数的比较词:规模“" + id
            + "”写作项目档次“" + id + "”,目标数该档次的项目",
        "“以上” follows the project size, so it selects the projects counted and is not the"
            + " count's comparison: the size “" + id + "” is written as the project tier “" + id
            + "”, and the target counts that tier's projects");
  }

  /** The README's rule for a tier with bounds in two currencies, for a person to confirm. */
  LocalizedText foreignReading() {
    if (yuanToFill) {
      return LocalizedText.of("规模“" + id + "”只写了美元,作外资金额下限(minForeignCapital);每个档次都须有的"
              + "人民币下限(minInvestment)原文未写,须人工填写",
          "the size “" + id + "” is in dollars only, so it is the foreign-capital bound"
              + " (minForeignCapital); the bound in yuan (minInvestment) every tier needs is not in"
              + " the text and a person fills it in");
    }
    return LocalizedText.of("档次“" + id + "”有人民币和美元两个下限:外资项目按外资金额与美元下限比较,"
            + "其余项目按总投资与人民币下限比较,两种货币从不换算;原文未说外资项目能否也按总投资入档,请人工确认",
        "the tier “" + id + "” has a bound in yuan and one in dollars: a foreign-funded project is"
            + " placed by its foreign capital against the dollar bound, every other project by its"
            + " investment against the yuan bound, and the currencies are never converted; the text"
            + " does not say whether a foreign-funded project may also qualify by its investment,"
            + " so a person confirms this reading");
  }
}
