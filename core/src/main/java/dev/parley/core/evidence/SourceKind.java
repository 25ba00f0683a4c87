package dev.parley.core.evidence;

import java.util.Locale;
import java.util.Optional;

/** What kind of writing a document is, as its source profile reads it. */
public enum SourceKind {
  /** A news report: what happened, told by the outlet. */
  NEWS_REPORT,
  /** Analysis, commentary or opinion: an author's reading of events. */
  ANALYSIS,
  /** An aggregator or republication: another outlet's text, copied or rewritten. */
  AGGREGATOR;

  /** Returns the kind's name as the rules and the JSON write it, such as {@code news_report}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind with the given label (case ignored), if there is one. */
  public static Optional<SourceKind> parse(String label) {
    for (SourceKind k : values()) {
      if (k.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
