package org.planmetrics.model.draft;

import org.planmetrics.model.ChineseScript;

/**
 * The plan's text in the one form the rules read, with the way back to the text as given. The
 * rules see simplified script, ASCII digits and punctuation (,;:() as most plans published on
 * the web already write them) and no whitespace at all, so that "累计304.2⏎⏎亿元",
 * "1 000个" and "確保" read like "累计304.2亿元", "1000个" and "确保"; every character of the
 * normalised text remembers the offset of the character it came from, so spans point into the
 * text a person gave.
 *
 * <p>Traditional characters are converted one by one ({@link ChineseScript}, ICU's
 * "Traditional-Simplified" transliterator), keeping a character where the conversion is not one
 * character for one, so that offsets stay exact; the loader reads a target's text the same way. Plans rarely need ICU's phrase-level choices (乾坤 and 乾燥); the words
 * the rules look for (確保, 力爭, 億元, 責任單位, 牽頭, 參與) all convert one for one.
 */
final class SourceText {

  private final String original;
  private final String normalized;
  private final int[] originalIndex;
  private final boolean[] startsLine;

  SourceText(String original) {
    this.original = original;
    StringBuilder out = new StringBuilder(original.length());
    int[] index = new int[original.length() + 1];
    boolean[] lineStart = new boolean[original.length() + 1];
    boolean newLine = true;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      if (c == '\n' || c == '\r') {
        newLine = true;
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
        continue;
      }
      char n = normalize(c);
      if (n == ',' && isDigitAround(original, i)) {
        continue; // a thousands separator: 1,200个
      }
      index[out.length()] = i;
      lineStart[out.length()] = newLine;
      newLine = false;
      out.append(n);
    }
    index[out.length()] = original.length();
    this.normalized = out.toString();
    this.originalIndex = index;
    this.startsLine = lineStart;
  }

  private static boolean isDigitAround(String text, int at) {
    int before = at - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    int after = at + 1;
    while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
      after++;
    }
    if (before < 0 || after + 2 >= text.length()) {
      return false;
    }
    // Exactly three digits after the comma and then no further digit: a group of thousands.
    return isAsciiOrWideDigit(text.charAt(before)) && isAsciiOrWideDigit(text.charAt(after))
        && isAsciiOrWideDigit(text.charAt(after + 1)) && isAsciiOrWideDigit(text.charAt(after + 2))
        && (after + 3 >= text.length() || !isAsciiOrWideDigit(text.charAt(after + 3)));
  }

  private static boolean isAsciiOrWideDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  private static char normalize(char c) {
    if (c >= '０' && c <= '９') {
      return (char) ('0' + (c - '０'));
    }
    switch (c) {
      case '．':
        return '.';
      case '％':
        return '%';
      case '\uFF0C':
        return ',';
      case '\uFF1B':
        return ';';
      case '\uFF1A':
        return ':';
      case '\uFF08':
        return '(';
      case '\uFF09':
        return ')';
      case '\uFF01':
        return '!';
      case '\uFF1F':
        return '?';
      default:
        break;
    }
    return ChineseScript.simplified(c);
  }

  String original() {
    return original;
  }

  /** The normalised text the rules read. */
  String text() {
    return normalized;
  }

  /** Whether the normalised character at {@code at} was the first of its line in the original. */
  boolean startsLine(int at) {
    return at < normalized.length() && startsLine[at];
  }

  /** The span in the original text of the normalised range [start, end). */
  Span span(int start, int end) {
    if (end <= start) {
      int at = originalIndex[start];
      return Span.of(at, at);
    }
    return Span.of(originalIndex[start], originalIndex[end - 1] + 1);
  }

  /** The original words of the normalised range, line breaks and spaces removed. */
  String words(int start, int end) {
    StringBuilder out = new StringBuilder();
    Span span = span(start, end);
    for (int i = span.start(); i < span.end(); i++) {
      char c = original.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
