package dev.parley.ingest.extract.event;

import dev.parley.core.model.IssueId;
import dev.parley.ingest.extract.text.SectionedWords;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PLOVER context (sector) of each negotiation issue, read from the resource {@code
 * issue-sectors.txt}: territory and ceasefire are military, sanctions economic, a summit
 * diplomatic.
 */
final class IssueSectors {
  private static final Map<String, List<String>> SECTORS = read();

  private IssueSectors() {}

  /** Returns the contexts of an event about the issue: its sector, or none. */
  static List<String> of(IssueId issue) {
    return SECTORS.getOrDefault(issue.value(), List.of());
  }

  private static Map<String, List<String>> read() {
    Map<String, List<String>> sectors = new HashMap<>();
    for (String entry :
        SectionedWords.of(IssueSectors.class, "issue-sectors.txt").entries("sectors")) {
      String[] parts = entry.split(" ", -1);
      if (parts.length != 2) {
        throw new IllegalStateException(
            "expected \"issue sector\" in issue-sectors.txt, but found \"" + entry + "\"");
      }
      sectors.put(parts[0], List.of(parts[1]));
    }
    return Map.copyOf(sectors);
  }
}
