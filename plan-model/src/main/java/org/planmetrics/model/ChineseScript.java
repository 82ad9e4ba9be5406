package org.planmetrics.model;

import com.ibm.icu.text.Transliterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Traditional characters read as simplified, one character for one, so that the words a rule
 * looks for (確保 → 确保, 力爭 → 力争, 億元 → 亿元, 不低於 → 不低于) are found in either script and every
 * offset into the text stays the same.
 *
 * <p>A county that writes its plan in traditional script keeps its text as written in the plan
 * file; the draft and the loader both read it through this class, so that they agree. The
 * conversion is ICU's "Traditional-Simplified" transliterator, applied to each character alone;
 * a character whose conversion is not exactly one character is kept as it is. Plans rarely need
 * ICU's phrase-level choices (乾坤 and 乾燥), and none of the words the rules read does.
 */
public final class ChineseScript {

  private static final ConcurrentMap<Character, Character> SIMPLIFIED = new ConcurrentHashMap<>();

  private ChineseScript() {}

  /** {@code c} in simplified script, or {@code c} itself where that is not one character. */
  public static char simplified(char c) {
    if (c < 0x3400 || Character.isSurrogate(c)) {
      return c; // below the CJK ideographs nothing converts, and a half pair is kept as written
    }
    return SIMPLIFIED.computeIfAbsent(c, ChineseScript::convert);
  }

  /** {@code text} in simplified script, of the same length, character for character. */
  public static String simplified(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = simplified(chars[i]);
    }
    return new String(chars);
  }

  private static char convert(char c) {
    String s;
    synchronized (Converter.TO_SIMPLIFIED) {
      s = Converter.TO_SIMPLIFIED.transliterate(String.valueOf(c));
    }
    return s.length() == 1 ? s.charAt(0) : c;
  }

  /** Built on first use: a plan in simplified script still pays for it once, at its first Han. */
  private static final class Converter {
    // A Transliterator is not safe for concurrent use, and two new characters may be converted
    // at once (computeIfAbsent runs for each key alone), so it is used under its own lock.
    private static final Transliterator TO_SIMPLIFIED =
        Transliterator.getInstance("Traditional-Simplified");
  }
}
