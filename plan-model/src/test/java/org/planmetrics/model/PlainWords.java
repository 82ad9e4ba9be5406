package org.planmetrics.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message a person reads must not hold: a Java class or package, a Jackson feature or
 * coercion setting, a parser token name, or a stack frame; and what a Chinese message must hold:
 * Chinese. For example "Cannot coerce Integer value (5) to `java.lang.String` value (but could if
 * coercion was enabled using `CoercionConfig`)" fails on five counts.
 */
public final class PlainWords {

  /** Words and forms that only a Java or Jackson programmer could read. */
  public static final List<Pattern> TECHNICAL = List.of(
      Pattern.compile("java\\.|javax\\.|com\\.fasterxml|org\\.planmetrics|org\\.eclipse"),
      Pattern.compile("(?i)jackson|coercion|coerce"),
      Pattern.compile("CoercionConfig|JsonNode|JsonParser|StreamRead|JsonRead|Deserializ|Serializ"),
      Pattern.compile("FAIL_ON_|ACCEPT_FLOAT|ALLOW_|INCLUDE_SOURCE|START_OBJECT|START_ARRAY|"
          + "VALUE_STRING|VALUE_NUMBER|FIELD_NAME|END_OBJECT"),
      Pattern.compile("Exception|Error:|\\bat [a-z]+(\\.[a-zA-Z$_]+)+\\(|\\.java:\\d+"),
      Pattern.compile("`"),
      Pattern.compile("\\b(BigDecimal|LocalDate|Integer|Long|Boolean|String|Map|List|Set|"
          + "Optional|ImmutableList)\\b"),
      Pattern.compile("\\bImmutable[A-Z]|\\b(LedgerProject|PeerFigures|PublishedRanks|"
          + "LoggedEvent|RosterTeam|LocalizedText|Violation)\\b"),
      Pattern.compile("\\[Source:|REDACTED|line: \\d+, column: \\d+"),
      Pattern.compile("(?i)\\btoken\\b|\\bcode \\d+\\)|\\bCTRL-CHAR\\b"));

  private static final Pattern CHINESE = Pattern.compile("[\\x{4e00}-\\x{9fff}]");

  /** Text a message quotes from the caller, which is not the message's own wording. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private PlainWords() {}

  /** Fails if {@code text} holds any of the {@link #TECHNICAL} words. */
  public static void assertPlain(String text) {
    for (Pattern technical : TECHNICAL) {
      assertThat(technical.matcher(text).find())
          .as("%s in a message a person reads: %s", technical, text)
          .isFalse();
    }
  }

  /**
   * Fails unless {@code violation} has a Chinese message, and both its messages are free of the
   * {@link #TECHNICAL} words.
   */
  public static void assertPlain(Violation violation) {
    assertThat(violation.messageZh()).as("Chinese message of %s", violation).isPresent();
    assertThat(CHINESE.matcher(violation.messageZh().get()).find())
        .as("Chinese in the Chinese message of %s: %s", violation, violation.messageZh().get())
        .isTrue();
    assertPlain(violation.message());
    assertPlain(violation.messageZh().get());
  }

  /**
   * Fails if {@code text}, without what it quotes between single quotes, holds any of the {@link
   * #TECHNICAL} words: an answer quotes what the caller sent (a field named {@code java.lang}, a
   * value with a backtick), and that is not its wording.
   */
  public static void assertPlainQuoting(String text) {
    assertPlain(QUOTED.matcher(text).replaceAll("''"));
  }

  /**
   * Fails unless {@code zh} has Chinese, {@code en} is not blank, and both, without what they
   * quote, are free of the {@link #TECHNICAL} words.
   */
  public static void assertPlainQuoting(String zh, String en) {
    assertThat(CHINESE.matcher(zh).find()).as("Chinese in the Chinese message: %s", zh).isTrue();
    assertThat(en).as("English message beside %s", zh).isNotBlank();
    assertPlainQuoting(zh);
    assertPlainQuoting(en);
  }
}
