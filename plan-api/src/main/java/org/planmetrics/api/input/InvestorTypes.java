package org.planmetrics.api.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.InvestorType;

/**
 * Investor types as people write them in a ledger: the constant ({@code LISTED}, any case) or
 * the Chinese name the plan uses (上市公司), for example 世界500强 for {@code FORTUNE_GLOBAL_500}.
 */
public final class InvestorTypes {

  private static final Map<InvestorType, String> CHINESE = Map.of(
      InvestorType.FORTUNE_GLOBAL_500, "世界500强",
      InvestorType.CHINA_TOP_500, "中国企业500强",
      InvestorType.PRIVATE_TOP_500, "民营企业500强",
      InvestorType.MULTINATIONAL, "跨国公司",
      InvestorType.LISTED, "上市公司",
      InvestorType.INDUSTRY_LEADER, "行业龙头企业");

  private static final Map<String, InvestorType> OTHER_NAMES = Map.of(
      "国外500强", InvestorType.FORTUNE_GLOBAL_500,
      "国内500强", InvestorType.CHINA_TOP_500,
      "行业龙头", InvestorType.INDUSTRY_LEADER);

  private InvestorTypes() {}

  /** The type {@code text} names, if any. */
  public static Optional<InvestorType> of(String text) {
    String name = CellValues.normalised(text);
    for (InvestorType type : InvestorType.values()) {
      if (type.name().equalsIgnoreCase(name) || CHINESE.get(type).equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.ofNullable(OTHER_NAMES.get(name));
  }

  /** The Chinese name of {@code type}: 上市公司 for {@code LISTED}. */
  public static String chineseName(InvestorType type) {
    return CHINESE.get(type);
  }

  /** "世界500强(FORTUNE_GLOBAL_500)、…". */
  public static String listZh() {
    return Arrays.stream(InvestorType.values()).map(t -> CHINESE.get(t) + "(" + t.name() + ")")
        .collect(Collectors.joining("、"));
  }

  /** "FORTUNE_GLOBAL_500, CHINA_TOP_500, …". */
  public static String listEn() {
    return Arrays.stream(InvestorType.values()).map(t -> t.name().toUpperCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
