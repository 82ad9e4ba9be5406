package org.planmetrics.api.cli;

import java.util.Optional;
import org.planmetrics.model.Language;
import org.planmetrics.model.LocalizedText;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, the language of what a command prints; Chinese by default. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "zh|en", order = 100,
      description = "输出语言,默认中文 / language of the output: zh (default) or en")
  String value = "zh";

  /** The language asked for, or empty (and a problem added) for anything but zh or en. */
  Optional<Language> language(Problems problems) {
    switch (value.strip()) {
      case "zh":
        return Optional.of(Language.ZH);
      case "en":
        return Optional.of(Language.EN);
      default:
        problems.add(LocalizedText.of("--lang 须为 zh 或 en,实为'" + value + "'",
            "--lang must be zh or en but was '" + value + "'"));
        return Optional.empty();
    }
  }

  /**
   * The language of {@code args} read before picocli parses them, for the messages about the
   * arguments themselves: English only for {@code --lang en} or {@code --lang=en}.
   */
  static Language scan(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang=en") || args[i].equals("--lang") && i + 1 < args.length
          && args[i + 1].equals("en")) {
        return Language.EN;
      }
    }
    return Language.ZH;
  }
}
