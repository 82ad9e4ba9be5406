package org.planmetrics.api.input;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import org.planmetrics.model.Violation;
import org.planmetrics.model.json.JsonPointers;

/**
 * One thing wrong with an input file, where it is and what is wrong, in Chinese and English, for
 * example {@code projects.csv}, line 3, column {@code 总投资(亿元)}: rule {@code not-a-number},
 * "须为数字,例如12.5,实为'lots'" / "must be a number such as 12.5 but was 'lots'".
 *
 * <p>{@code source} is the file (or a workbook's sheet) as the person named it; {@code line} the
 * 1-based line or row, the header being line 1 (0 for the whole file); {@code column} the
 * column's header as the file writes it (empty for a whole row or file). The {@link Violation}
 * holds the rule, the message in both languages, the value as written and, where the error is
 * about a field of the observations, its JSON Pointer (for a JSON file, the pointer is where the
 * error is: {@code /projects/0/investment}).
 */
public record InputError(String source, int line, String column, Violation violation) {

  public InputError {
    requireNonNull(source, "'source' must not be null");
    requireNonNull(column, "'column' must not be null");
    requireNonNull(violation, "'violation' must not be null");
    if (line < 0) {
      throw new IllegalArgumentException("'line' must not be negative but was " + line);
    }
  }

  /**
   * An error worded in both languages: {@code message} holds the sentence after the place, for
   * example "须为数字,例如12.5,实为'lots'" / "must be a number such as 12.5 but was 'lots'".
   */
  public static InputError of(String source, int line, String column, String pointer,
      String rule, LocalizedText message, String value) {
    return new InputError(source, line, column, Violation.builder().path(pointer).rule(rule)
        .message(message.en()).messageZh(message.zh()).value(Optional.ofNullable(value))
        .build());
  }

  /** The rule broken, a short stable code such as {@code not-a-number}. */
  public String rule() {
    return violation.rule();
  }

  /**
   * The place as a JSON Pointer over file, line and column, as a workbook's errors are placed at
   * {@code /<sheet>/<row>/<header>}: {@code /series.csv/3/value} for a cell, {@code
   * /series.csv/3} for a line, {@code /series.csv} for a whole file, and the root ({@code ""})
   * for an error of the whole input that names no file.
   */
  public String filePointer() {
    List<String> segments = new ArrayList<>();
    if (!source.isEmpty()) {
      segments.add(source);
      if (line > 0) {
        segments.add(String.valueOf(line));
        if (!column.isEmpty()) {
          segments.add(column);
        }
      }
    }
    return JsonPointers.of(segments.toArray(String[]::new));
  }

  /**
   * The error as a person reads it, for example {@code projects.csv 第3行 “总投资(亿元)”列:须为数字,例如12.5,
   * 实为'lots' [not-a-number]} / {@code projects.csv:3: column '总投资(亿元)': must be a number such
   * as 12.5 but was 'lots' [not-a-number]}. A JSON file's error names its field by pointer.
   */
  public LocalizedText text() {
    LocalizedText located = located();
    return LocalizedText.of(located.zh() + " [" + rule() + "]",
        located.en() + " [" + rule() + "]");
  }

  /**
   * {@link #text()} without the rule: the place, then the message, for example {@code
   * projects.csv 第3行 “总投资(亿元)”列:须为数字,例如12.5,实为'lots'}. An error that names no file
   * is its message alone.
   */
  public LocalizedText located() {
    LocalizedText message = violation.messages();
    String pointer = violation.path();
    boolean jsonField = column.isEmpty() && !pointer.isEmpty();
    if (source.isEmpty() && !jsonField) {
      return message;
    }
    String zhPlace = source + (line > 0 ? " 第" + line + "行" : "")
        + (column.isEmpty() ? "" : " “" + column + "”列")
        + (jsonField ? " 字段 " + pointer : "");
    String enPlace = source + (line > 0 ? ":" + line : "")
        + (column.isEmpty() ? "" : ": column '" + column + "'")
        + (jsonField ? ": field '" + pointer + "'" : "");
    return LocalizedText.of(zhPlace.strip() + ":" + message.zh(),
        enPlace.replaceFirst("^: ", "") + ": " + message.en());
  }

  /** {@link #text()} in {@code language}. */
  public String text(Language language) {
    return text().in(language);
  }
}
