package org.planmetrics.api.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.planmetrics.api.input.InputError;
import org.planmetrics.api.input.InvalidInputException;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;

/**
 * What a command found wrong with its options, collected so that all of them are printed at
 * once, and the printing of every error of an input, for example:
 *
 * <pre>
 * 错误: --lang 须为 zh 或 en,实为'fr'
 * 错误: --as-of 须为日期 YYYY-MM-DD,实为'30/06/2024'
 * </pre>
 */
final class Problems {

  /** The most errors of one input printed; a count of the rest follows. */
  static final int MAX_PRINTED = 100;

  private final List<LocalizedText> problems = new ArrayList<>();

  void add(LocalizedText problem) {
    problems.add(problem);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** Prints each problem and a pointer to the help; returns {@link ExitCodes#BAD_INPUT}. */
  int print(PrintStream err, Language language, String command) {
    problems.forEach(p -> err.println(prefix(language) + p.in(language)));
    err.println(help(language, command));
    return ExitCodes.BAD_INPUT;
  }

  static String prefix(Language language) {
    return language == Language.EN ? "error: " : "错误: ";
  }

  static String help(Language language, String command) {
    String line = "plan-metrics " + (command.isEmpty() ? "" : command + " ") + "--help";
    return language == Language.EN ? "Run '" + line + "' for usage." : "运行 " + line + " 查看用法。";
  }

  /** Prints one problem; returns {@link ExitCodes#BAD_INPUT}. */
  static int one(PrintStream err, Language language, LocalizedText problem) {
    err.println(prefix(language) + problem.in(language));
    return ExitCodes.BAD_INPUT;
  }

  /**
   * Prints the notes of an input (files and encodings read), then every error, at most {@value
   * #MAX_PRINTED}, then how many more; returns {@link ExitCodes#BAD_INPUT}.
   */
  static int print(InvalidInputException e, PrintStream err, Language language) {
    e.notes().forEach(n -> err.println(n.in(language)));
    err.println(prefix(language) + e.heading(language));
    List<InputError> errors = e.errors();
    for (int i = 0; i < Math.min(errors.size(), MAX_PRINTED); i++) {
      err.println("  " + errors.get(i).text(language));
    }
    int rest = errors.size() - MAX_PRINTED;
    if (rest > 0 || !e.isComplete()) {
      String more = rest > 0 ? String.valueOf(rest) : "";
      err.println(language == Language.EN
          ? "  …and " + (rest > 0 ? more + " " : "") + "more" + (e.isComplete() ? "" : " not counted")
          : "  ……另有" + (rest > 0 ? more + "处" : "") + (e.isComplete() ? "" : "更多未计数的") + "错误");
    }
    return ExitCodes.BAD_INPUT;
  }
}
