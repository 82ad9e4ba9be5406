package org.planmetrics.api.input;

import java.util.List;
import java.util.stream.Collectors;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;

/**
 * Input files that cannot be used as they are, with every error found in them at once, each
 * with its file, line, column, value and rule, for example three bad cells of {@code
 * projects.csv} as three errors. The notes say what was read on the way (which file, in which
 * encoding), so that a person sees them beside the errors.
 */
public final class InvalidInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<InputError> errors;
  private final transient List<LocalizedText> notes;
  private final boolean complete;

  /**
   * @param errors at least one error
   * @param notes what was read, in both languages
   * @param complete false when the reader stopped collecting errors at its limit
   */
  public InvalidInputException(List<InputError> errors, List<LocalizedText> notes,
      boolean complete) {
    super(summary(errors, complete));
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("'errors' must not be empty");
    }
    this.errors = List.copyOf(errors);
    this.notes = List.copyOf(notes);
    this.complete = complete;
  }

  /** One error, without notes. */
  public static InvalidInputException of(InputError error) {
    return new InvalidInputException(List.of(error), List.of(), true);
  }

  private static String summary(List<InputError> errors, boolean complete) {
    return errors.size() + (complete ? "" : " or more") + " error" + (errors.size() == 1 ? "" : "s")
        + " in the input:\n" + errors.stream().map(e -> "  " + e.text().en())
        .collect(Collectors.joining("\n"));
  }

  public List<InputError> errors() {
    return errors;
  }

  public List<LocalizedText> notes() {
    return notes;
  }

  /** Whether every error was collected; false when the reader stopped at its limit. */
  public boolean isComplete() {
    return complete;
  }

  /** The heading of the list: "输入有3处错误:" / "3 errors in the input:". */
  public String heading(Language language) {
    String more = complete ? "" : language == Language.EN ? " or more" : "余";
    return language == Language.EN
        ? errors.size() + more + " error" + (errors.size() == 1 ? "" : "s") + " in the input:"
        : "输入有" + errors.size() + more + "处错误:";
  }
}
