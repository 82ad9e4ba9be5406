package org.planmetrics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a message a person reads must not hold (a Java class or package, a Jackson feature or
 * coercion setting, a parser token name, a stack frame) and what a Chinese message must hold.
 * The same rules as plan-model's test helper of the same name, since modules share no test code;
 * here the text between single quotes is left out first, since a message quotes what the caller
 * sent (a field named {@code java.lang}, a value with a backtick) and that is not its wording.
 */
final class PlainWords {

  /** Words and forms that only a Java or Jackson programmer could read. */
  static final List<Pattern> TECHNICAL = List.of(
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
  private static final Pattern QUOTED = Pattern.compile("'[^']*'");

  private PlainWords() {}

  /** Fails if {@code text}, without what it quotes, holds any of the {@link #TECHNICAL} words. */
  static void assertPlain(String text) {
    String own = QUOTED.matcher(text).replaceAll("''");
    for (Pattern technical : TECHNICAL) {
      assertThat(technical.matcher(own).find())
          .as("%s in a message a person reads: %s", technical, text)
          .isFalse();
    }
  }

  /** Fails unless {@code zh} has Chinese and both messages are free of technical words. */
  static void assertPlain(String zh, String en) {
    assertThat(CHINESE.matcher(zh).find()).as("Chinese in the Chinese message: %s", zh).isTrue();
    assertThat(en).as("English message beside %s", zh).isNotBlank();
    assertPlain(zh);
    assertPlain(en);
  }
}
