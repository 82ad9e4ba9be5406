package org.planmetrics.examples;

import java.nio.file.Path;

/**
 * Bad input to the command-line scorecard, naming the file, the line and the field, for example
 * {@code samples/csv/projects.csv:3: column 'investment': must be a number but was 'lots'}.
 */
public final class ScorecardInputException extends RuntimeException {

  private final transient Path file;
  private final int line;
  private final String field;

  public ScorecardInputException(Path file, int line, String field, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + (field.isEmpty() ? "" : field + ": ")
        + message);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  /** The file with the problem. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when the problem is the whole file. */
  public int line() {
    return line;
  }

  /** The column, JSON Pointer or option with the problem, for example {@code column 'investment'}. */
  public String field() {
    return field;
  }
}
