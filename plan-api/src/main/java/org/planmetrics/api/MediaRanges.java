package org.planmetrics.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which of the media types a route can send an {@code Accept} header prefers (RFC 9110 §12.5.1):
 * for each offer, the quality of the most specific range that matches it ({@code text/markdown}
 * before {@code text/*} before {@code *}{@code /*}); the offer of highest quality wins, the first
 * offer on a tie, and an offer of quality 0 is refused. Without the header, the first offer.
 * For example {@code text/markdown;q=0.5, application/json} prefers JSON, and {@code image/png}
 * accepts neither JSON nor Markdown.
 */
final class MediaRanges {

  private MediaRanges() {}

  /** The offer {@code accept} prefers, or empty if it accepts none of them. */
  static Optional<String> preferred(String accept, List<String> offers) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(offers.get(0));
    }
    String best = null;
    BigDecimal bestQuality = BigDecimal.ZERO;
    for (String offer : offers) {
      BigDecimal quality = quality(accept, offer);
      if (quality.compareTo(bestQuality) > 0) {
        best = offer;
        bestQuality = quality;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The quality {@code accept} gives {@code offer}: that of its most specific matching range. */
  private static BigDecimal quality(String accept, String offer) {
    String type = offer.substring(0, offer.indexOf('/'));
    int bestSpecificity = -1;
    BigDecimal quality = BigDecimal.ZERO;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].trim().toLowerCase(Locale.ROOT);
      int specificity = media.equals(offer) ? 2 : media.equals(type + "/*") ? 1
          : media.equals("*/*") ? 0 : -1;
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        quality = qualityParameter(parts);
      }
    }
    return quality;
  }

  /** The {@code q} parameter, 1 when absent; a malformed one counts as 1, as most servers do. */
  private static BigDecimal qualityParameter(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && parameter.substring(0, 2).equalsIgnoreCase("q=")) {
        String value = parameter.substring(2).trim();
        // A qvalue is 0 to 1 with at most three decimals; anything else is not one.
        if (value.matches("(0(\\.\\d{0,3})?|1(\\.0{0,3})?)")) {
          return new BigDecimal(value.endsWith(".") ? value + "0" : value);
        }
        return BigDecimal.ONE;
      }
    }
    return BigDecimal.ONE;
  }
}
