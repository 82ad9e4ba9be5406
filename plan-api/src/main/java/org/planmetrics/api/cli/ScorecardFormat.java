package org.planmetrics.api.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.planmetrics.model.LocalizedText;

/** How {@code score} writes the scorecard: {@code table} (the default), json, csv, xlsx, markdown. */
enum ScorecardFormat {
  /** A table for a terminal, with a line saying why for each target not met or on track. */
  TABLE,
  /** The Scorecard JSON, as the REST API answers it without the {@code …Text} siblings. */
  JSON,
  /** One row per target, for a spreadsheet. */
  CSV,
  /** An Excel workbook (through {@link WorkbookSupport}); needs {@code --output}. */
  XLSX,
  /** Tables to paste into a document. */
  MARKDOWN;

  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  static String ids() {
    return Arrays.stream(values()).map(ScorecardFormat::id).collect(Collectors.joining("|"));
  }

  /** The format {@code text} names, or empty (and a problem added). */
  static Optional<ScorecardFormat> parse(String text, Problems problems) {
    for (ScorecardFormat format : values()) {
      if (format.id().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    problems.add(LocalizedText.of("--format 须为 " + ids() + " 之一,实为'" + text + "'",
        "--format must be one of " + ids() + " but was '" + text + "'"));
    return Optional.empty();
  }
}
