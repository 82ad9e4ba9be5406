package org.planmetrics.model.draft;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Chinese numerals as counts are written in plans: 一, 两, 十二, 二十, 一百零五. Only whole numbers
 * below ten thousand; anything else is not a count a plan writes in characters.
 */
final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  static Optional<BigDecimal> parse(String numeral) {
    if (numeral.isEmpty()) {
      return Optional.empty();
    }
    int total = 0;
    int digit = -1;
    for (char c : numeral.toCharArray()) {
      int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
      if (d >= 0) {
        if (digit > 0) {
          return Optional.empty(); // 二三: two digits in a row is a list, not a number
        }
        digit = d;
        continue;
      }
      int scale = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (scale == 0) {
        return Optional.empty();
      }
      total += (digit < 0 ? 1 : digit) * scale; // 十二: a bare 十 is one ten
      digit = -1;
    }
    if (digit > 0) {
      total += digit;
    }
    return total == 0 && !numeral.equals("零") ? Optional.empty() : Optional.of(BigDecimal.valueOf(total));
  }
}
